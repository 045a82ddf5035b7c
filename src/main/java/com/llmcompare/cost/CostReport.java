package com.llmcompare.cost;

import com.llmcompare.core.cost.HostingDefaults;

import com.llmcompare.core.price.PriceAge;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a workload costs with each selected model: per API offer, self-hosted, where the two break
 * even, and the articles' cost claims set against the data. Amounts are unrounded USD; the page, the
 * CSV and the JSON round them for display only.
 */
public record CostReport(CostQuery query, Workload workload, List<ApiOption> apiOptions, List<Unpriced> unpriced,
        List<SelfHosting> selfHosting, List<NotSelfHosted> notSelfHosted, Supplier<CostChart> drawing,
        List<ClaimCheck> claims, LocalDate today) {

    /**
     * The chart, drawn on first use: the page shows it, the JSON and CSV do not (drawing it was a sixth of
     * an uncached JSON answer's time); {@code null} when there is nothing to draw.
     */
    public CostChart chart() {
        return drawing.get();
    }

    /** The API offers by model, as the page's table shows them: one row per model, its other offers folded. */
    public List<ModelOffers> getApiModels() {
        return ModelOffers.group(apiOptions);
    }

    /** The share link: this page with every value the result depends on. */
    public String getShareUrl() {
        return "/cost?" + query.queryString();
    }

    /** This page with one model self-hosted on another measured GPU and precision. */
    public String optionUrl(String slug, HostingOption option) {
        return "/cost?" + query.withGpuChoice(slug, new GpuChoice(option.gpu().getId(), option.precision().label()))
            .queryString() + "#hosting-" + slug;
    }

    public String getCsvUrl() {
        return "/cost.csv?" + query.queryString();
    }

    public String getApiUrl() {
        return "/api/cost?" + query.queryString();
    }

    /** A model's lifecycle when it is no longer offered: priced only with this warning. */
    public record Retirement(String status, String date, String text, String sourceId) {

        public String getWarning() {
            return "Retired" + (date == null ? "" : " on " + date) + ": no longer offered, priced at its last price "
                    + "for comparison only.";
        }
    }

    /**
     * One API offer priced for the workload.
     *
     * @param priceId {@code null} for a price the user entered for a model that has no sourced one
     * @param sourcedPrice the data set's price before the user's overrides; {@code null} with {@code priceId}
     * @param costPerToken USD per workload token at its input:output mix; {@code null} when it has no tokens
     * @param multipleOfCheapest {@code null} when the cheapest is free and this is not
     * @param retirement {@code null} while the model is offered
     * @param age {@code null} when the price states no check date
     * @param contextWarning set when one request does not fit the context window
     * @param label "model — provider", with the offer when a provider has several for the model
     * @param bill the monthly cost line by line, with what could not be applied as asked
     */
    public record ApiOption(String modelSlug, String modelName, String priceId, String provider, String offer,
            ApiPrice price, ApiPrice sourcedPrice, BigDecimal tokenizerMultiplier, boolean multiplierOverridden,
            ApiCost cost, BigDecimal costPerToken, BigDecimal multipleOfCheapest, Retirement retirement,
            String validFrom, String validUntil, String lastChecked, PriceAge age, List<String> sourceIds,
            Integer contextTokens, String contextWarning, String label, ApiBill bill) {

        public boolean isUserPrice() {
            return priceId == null;
        }

        public boolean isInputOverridden() {
            return sourcedPrice != null && price.inputPer1M().compareTo(sourcedPrice.inputPer1M()) != 0;
        }

        public boolean isOutputOverridden() {
            return sourcedPrice != null && price.outputPer1M().compareTo(sourcedPrice.outputPer1M()) != 0;
        }

        public BigDecimal getInputPer1K() {
            return price.inputPer1M().movePointLeft(3);
        }

        public BigDecimal getOutputPer1K() {
            return price.outputPer1M().movePointLeft(3);
        }

        public boolean isRetired() {
            return retirement != null;
        }

        public boolean isOld() {
            return age != null && age.isOld();
        }

        /** USD per 1M workload tokens at the workload's mix: the slope of its line on the chart. */
        public BigDecimal getCostPerMillionTokens() {
            return costPerToken == null ? null : costPerToken.movePointRight(6);
        }

        ApiOption withMultiple(BigDecimal multiple) {
            return new ApiOption(modelSlug, modelName, priceId, provider, offer, price, sourcedPrice,
                    tokenizerMultiplier, multiplierOverridden, cost, costPerToken, multiple, retirement, validFrom,
                    validUntil, lastChecked, age, sourceIds, contextTokens, contextWarning, label, bill);
        }
    }

    /** A selected model that cannot be priced per token, and why (never $0). */
    public record Unpriced(String modelSlug, String modelName, String reason, Retirement retirement,
            List<String> sourceIds) {
    }

    /**
     * One open model self-hosted on its hosting profile, with the user's overrides.
     *
     * @param sizingWarning set when the user's GPU count cannot hold the weights
     * @param monthlyCapacity workload tokens one replica serves in a 730-hour month
     * @param onDemandPerToken USD per workload token when paying only for the hours used
     * @param contextWarning set when one request does not fit the model's context window
     */
    /**
     * @param measured the measured option it is costed on, {@code null} for a hosting profile
     * @param options every measured option of the model, the cheapest first
     * @param measuredGpus the GPUs the measured run used (1 for a profile)
     * @param architectureSourceId the configuration the KV cache is sized from, {@code null} without one
     */
    public record SelfHosting(String modelSlug, String modelName, String gpuType, MemoryPlan sizing,
            HostingDefaults.Assumption gpuMemory, int gpuCount, boolean gpuCountOverridden, String sizingWarning,
            BigDecimal gpuHourlyUsd, boolean gpuHourlyOverridden, HostingDefaults.Assumption gpuHourlyDefault,
            BigDecimal tokensPerSecond, boolean throughputOverridden, HostingDefaults.Assumption perGpuDefault,
            BigDecimal utilization, BigDecimal tokenizerMultiplier, SelfHostingCost cost, BigDecimal monthlyCapacity,
            BigDecimal onDemandPerToken, List<BreakEvenRow> breakEvens, String note, String contextWarning,
            HostingOption measured, List<HostingOption> options, int measuredGpus, String architectureSourceId) {

        /** "1 GPU", "3 GPUs". */
        public String getGpusText() {
            return gpuCount + (gpuCount == 1 ? " GPU" : " GPUs");
        }

        /** Says where the throughput is an upper bound, so that no summary passes it off as typical. */
        public String getAlwaysOnLabel() {
            return modelName + " always-on (" + gpuCount + " × " + gpuType
                    + (isUpperBound() && !throughputOverridden ? ", at an upper-bound throughput" : "") + ")";
        }

        /** Costed on a maximum-throughput table rather than a serving benchmark. */
        public boolean isUpperBound() {
            return measured != null && measured.isUpperBound();
        }

        public String getOnDemandLabel() {
            return modelName + " on demand";
        }

        public BigInteger getGpusToKeepUp() {
            return cost.gpusToKeepUp();
        }

        public BigDecimal getOnDemandPerMillionTokens() {
            return onDemandPerToken.movePointRight(6);
        }

        /** Throughput the default would give: the profile's tokens/s per GPU × the GPUs used. */
        public BigDecimal getDefaultTokensPerSecond() {
            return perGpuDefault.value().multiply(BigDecimal.valueOf(gpuCount));
        }
    }

    /**
     * Always-on self-hosting against one API offer (a crossing volume, or the reason there is none), and
     * on-demand self-hosting against it as a rate.
     *
     * @param crossing the crossing's number on the chart, {@code null} when it has none
     * @param onDemand {@code null} when the workload has no tokens and so no rate
     */
    public record BreakEvenRow(ApiOption api, BreakEven breakEven, Integer crossing, RateComparison onDemand) {

        /** Self-hosting has no fixed cost: cheaper at any volume the API charges for. */
        public boolean isAlways() {
            return breakEven.volume().filter(volume -> volume.signum() == 0).isPresent();
        }

        public BigDecimal getVolume() {
            return breakEven.volume().orElse(null);
        }

        public String getReason() {
            return breakEven instanceof BreakEven.Never never ? never.reason() : null;
        }
    }

    public record NotSelfHosted(String modelSlug, String modelName, String reason) {
    }

    /** One side of an article's claim: an offer's cost for one request of the claim's workload. */
    public record ClaimSide(String modelName, String provider, String offer, BigDecimal inputPer1K,
            BigDecimal outputPer1K, String validFrom, String validUntil, BigDecimal tokenizerMultiplier,
            BigDecimal costPerRequest, BigDecimal costPerRequestAtOneToOne, List<String> sourceIds) {

        /** The model counts tokens differently from OpenAI's tokenizer. */
        public boolean isOwnTokenizer() {
            return tokenizerMultiplier.compareTo(BigDecimal.ONE) != 0;
        }
    }

    /**
     * An article's cost claim against what the data gives.
     *
     * @param ratio numerator cost over denominator cost, with each model's tokenizer multiplier
     * @param ratioAtOneToOne the same with both tokenizers counted alike
     */
    public record ClaimCheck(String id, String claim, String context, String sourceId, BigDecimal claimedRatio,
            int inputTokensPerRequest, int outputTokensPerRequest, ClaimSide numerator, ClaimSide denominator,
            BigDecimal ratio, BigDecimal ratioAtOneToOne, String counterpartValue, String counterpartSourceId,
            String counterpartQuote, String explanation, List<String> explanationSourceIds) {

        /** A claim of a few percent reads better as "10% more" than as "1.10×". */
        public boolean isNearEven() {
            return claimedRatio.compareTo(BigDecimal.valueOf(2)) < 0;
        }

        /** The sources of both prices, each once. */
        public List<String> getPriceSourceIds() {
            return java.util.stream.Stream.concat(numerator.sourceIds().stream(), denominator.sourceIds().stream())
                .distinct()
                .toList();
        }
    }
}
