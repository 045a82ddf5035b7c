package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.Lifecycle;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceAge;
import com.llmcompare.cost.CostReport.ApiOption;
import com.llmcompare.cost.CostReport.BreakEvenRow;
import com.llmcompare.cost.CostReport.ClaimCheck;
import com.llmcompare.cost.CostReport.NotSelfHosted;
import com.llmcompare.cost.CostReport.Retirement;
import com.llmcompare.cost.CostReport.SelfHosting;
import com.llmcompare.cost.CostReport.Unpriced;
import com.llmcompare.web.Formats;

/**
 * Assembles a {@link CostReport} from what the data set holds for the selected models: pure code, no
 * Spring and no database, so every figure of the report can be unit-tested. Which offers are priced is
 * {@link Offers}' rule (the current ones; a retired model's last list prices, marked); the arithmetic is
 * the plain classes' ({@link ApiCostCalculator}, {@link SelfHostingCost}, {@link BreakEven}).
 */
final class CostReportAssembler {

    private static final Formats FORMATS = new Formats();

    private CostReportAssembler() {
    }

    /**
     * @param selected the selected models, in the query's order
     * @param offers each selected model's offers on {@code today}
     * @param pricesByModel each selected model's prices (to say why a model is not priced per token)
     * @param setups how each open model is self-hosted, by model slug
     * @param unhosted why an open model without a setup is not self-hosted, by model slug
     * @throws InvalidCostInput when the data shows a problem the form could not see
     */
    static CostReport assemble(CostQuery query, List<LanguageModel> selected, Map<String, Offers> offers,
            Map<String, List<Price>> pricesByModel, Map<String, HostingSetup> setups, Map<String, String> unhosted,
            List<ClaimCheck> claims,
            LocalDate today) {
        Workload workload = query.workload();

        Map<String, String> errors = new LinkedHashMap<>();
        List<ApiOption> options = new ArrayList<>();
        List<Unpriced> unpriced = new ArrayList<>();
        for (LanguageModel model : selected) {
            List<Price> modelPrices = pricesByModel.getOrDefault(model.getSlug(), List.of());
            Offers modelOffers = offers.get(model.getSlug());
            List<Price> toPrice = modelOffers.toPrice();
            ModelOverrides overrides = query.overridesFor(model.getSlug());
            if (!toPrice.isEmpty()) {
                toPrice.forEach(price -> options.add(option(model, modelOffers, price, query, workload, today, toPrice)));
            }
            else if (overrides.overridesPrice()) {
                if (overrides.inputPrice() == null || overrides.outputPrice() == null) {
                    CostField missing = overrides.inputPrice() == null ? CostField.INPUT_PRICE : CostField.OUTPUT_PRICE;
                    errors.put(missing.param(model.getSlug()), missing.param(model.getSlug()) + " is needed too: "
                            + model.getName() + " has no sourced per-token price to take it from. Allowed: "
                            + missing.getAllowed() + ".");
                }
                else {
                    options.add(option(model, modelOffers, null, query, workload, today, List.of()));
                }
            }
            else {
                unpriced.add(unpriced(model, modelOffers.lifecycle(), modelPrices));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCostInput(errors);
        }
        List<ApiOption> ranked = rank(options);

        List<SelfHosting> selfHosting = new ArrayList<>();
        List<NotSelfHosted> notSelfHosted = new ArrayList<>();
        List<CostChart.Crossing> crossings = new ArrayList<>();
        for (LanguageModel model : selected) {
            HostingSetup profile = setups.get(model.getSlug());
            boolean unpricedGpu = profile != null && profile.gpuHourly() == null
                    && query.overridesFor(model.getSlug()).gpuHourlyUsd() == null;
            if (!model.isWeightsDownloadable()) {
                notSelfHosted.add(new NotSelfHosted(model.getSlug(), model.getName(),
                        "closed: its weights cannot be downloaded"));
            }
            else if (!model.generatesText()) {
                notSelfHosted.add(new NotSelfHosted(model.getSlug(), model.getName(),
                        "an encoder: it does not generate text, so it has no cost per generated token"));
            }
            else if (profile == null) {
                notSelfHosted.add(new NotSelfHosted(model.getSlug(), model.getName(),
                        unhosted.getOrDefault(model.getSlug(), "no measured throughput and no hosting profile in the data set")));
            }
            else if (unpricedGpu) {
                notSelfHosted.add(new NotSelfHosted(model.getSlug(), model.getName(), "the data set has no price for the "
                        + profile.gpuType() + ": give " + CostField.GPU_HOURLY_USD.param(model.getSlug())));
            }
            else {
                selfHosting.add(selfHosting(model, profile, query, workload, ranked, crossings));
            }
        }
        boolean nothingToDraw = workload.totalTokens().signum() == 0 || (ranked.isEmpty() && selfHosting.isEmpty());
        Supplier<CostChart> chart = nothingToDraw ? () -> null
                : SingletonSupplier.of(() -> chart(ranked, selfHosting, crossings, workload));
        return new CostReport(query, workload, ranked, unpriced, selfHosting, notSelfHosted, chart, claims, today);
    }


    private static ApiOption option(LanguageModel model, Offers modelOffers, Price price, CostQuery query,
            Workload workload, LocalDate today, List<Price> offers) {
        ModelOverrides overrides = query.overridesFor(model.getSlug());
        ApiPrice sourced = price == null ? null : ApiPrice.from(price);
        ApiPrice effective = sourced == null ? ApiPrice.of(overrides.inputPrice(), overrides.outputPrice())
                : sourced.withOverrides(overrides.inputPrice(), overrides.outputPrice());
        BigDecimal multiplier = multiplier(model, overrides);
        ApiBill bill = ApiCostCalculator.bill(workload, effective, multiplier, query.billing());
        ApiCost cost = bill.cost();
        BigDecimal perToken = workload.totalTokens().signum() == 0 ? null
                : cost.monthly().divide(workload.totalTokens(), java.math.MathContext.DECIMAL128);
        Integer context = price != null && price.getContextTokens() != null ? price.getContextTokens()
                : model.getContextTokens();
        return new ApiOption(model.getSlug(), model.getName(), price == null ? null : price.getId(),
                price == null ? null : price.getProvider(), price == null ? "entered by you" : price.getOffer(),
                effective, sourced, multiplier, overrides.tokenizerMultiplier() != null, cost, perToken, null,
                retirement(modelOffers.lifecycle()), price == null ? null : price.getValidFrom(),
                price == null ? null : price.getValidUntil(), price == null ? null : price.getLastChecked(),
                price == null ? null : PriceAge.of(price.getLastChecked(), today),
                price == null ? List.of() : List.copyOf(price.getSourceIds()), context,
                contextWarning(query, multiplier, context), label(model, price, offers), bill);
    }

    /** "Model — provider", with the offer where the provider has several for the model. */
    private static String label(LanguageModel model, Price price, List<Price> offers) {
        if (price == null) {
            return model.getName() + " — your price";
        }
        boolean several = offers.stream().filter(p -> p.getProvider().equals(price.getProvider())).count() > 1;
        return model.getName() + " — " + price.getProvider() + (several ? " (" + price.getOffer() + ")" : "");
    }

    /** Sorted by monthly cost, each with its multiple of the cheapest. */
    private static List<ApiOption> rank(List<ApiOption> options) {
        BigDecimal cheapest = CheapestMultiple.cheapest(options.stream().map(o -> o.cost().monthly()).toList())
            .orElse(null);
        return options.stream()
            .sorted(Comparator.comparing((ApiOption o) -> o.cost().monthly())
                .thenComparing(ApiOption::modelName)
                .thenComparing(o -> o.provider() == null ? "" : o.provider()))
            .map(o -> o.withMultiple(CheapestMultiple.of(o.cost().monthly(), cheapest).orElse(null)))
            .toList();
    }

    private static BigDecimal multiplier(LanguageModel model, ModelOverrides overrides) {
        if (overrides.tokenizerMultiplier() != null) {
            return overrides.tokenizerMultiplier();
        }
        return model.getTokenizerMultiplier() != null ? model.getTokenizerMultiplier() : BigDecimal.ONE;
    }

    private static Retirement retirement(Lifecycle lifecycle) {
        return lifecycle.isRetired() ? new Retirement(lifecycle.label(), lifecycle.date(), lifecycle.text(),
                lifecycle.sourceId()) : null;
    }

    /** A request's tokens in the model's own tokenizer, against the offer's context window. */
    private static String contextWarning(CostQuery query, BigDecimal multiplier, Integer contextTokens) {
        if (!query.isPerRequest() || contextTokens == null) {
            return null;
        }
        BigDecimal requestTokens = query.inputTokensPerRequest()
            .add(query.outputTokensPerRequest())
            .multiply(multiplier)
            .setScale(0, RoundingMode.CEILING);
        if (requestTokens.compareTo(BigDecimal.valueOf(contextTokens)) <= 0) {
            return null;
        }
        return "A request of " + FORMATS.grouped(requestTokens) + " tokens"
                + (multiplier.compareTo(BigDecimal.ONE) == 0 ? ""
                        : " (in this model's tokenizer, × " + multiplier.stripTrailingZeros().toPlainString() + ")")
                + " does not fit its " + FORMATS.grouped(BigDecimal.valueOf(contextTokens)) + "-token context window.";
    }

    private static Unpriced unpriced(LanguageModel model, Lifecycle lifecycle, List<Price> modelPrices) {
        List<Price> perCharacter = modelPrices.stream().filter(price -> !price.isPerToken()).toList();
        String reason;
        List<String> sources = List.of();
        if (!perCharacter.isEmpty()) {
            Price p = perCharacter.get(0);
            reason = "billed per " + FORMATS.grouped(BigDecimal.valueOf(p.getPerUnits())) + " " + p.getUnit() + " (" + p.getProvider() + ", " + p.getOffer()
                    + ": $" + p.getInput().stripTrailingZeros().toPlainString() + " in / $"
                    + p.getOutput().stripTrailingZeros().toPlainString() + " out per " + FORMATS.grouped(
                            BigDecimal.valueOf(p.getPerUnits()))
                    + " " + p.getUnit() + "), not per token: not comparable per token without an assumption about "
                    + "characters per token. Enter inputPrice." + model.getSlug() + " and outputPrice." + model.getSlug()
                    + " in USD per 1M tokens to price it.";
            sources = List.copyOf(p.getSourceIds());
        }
        else if (!model.generatesText()) {
            reason = "an encoder: it does not generate text, so it has no price per generated token";
        }
        else if (model.isWeightsDownloadable()) {
            reason = "no hosted API price in the data set: see self-hosting below, or enter a price you were offered";
        }
        else if (!model.isApiAvailable()) {
            reason = "no API: there is no per-token price to pay";
        }
        else {
            reason = "no API price in the data set";
        }
        return new Unpriced(model.getSlug(), model.getName(), reason, retirement(lifecycle), sources);
    }

    private static SelfHosting selfHosting(LanguageModel model, HostingSetup profile, CostQuery query,
            Workload workload, List<ApiOption> options, List<CostChart.Crossing> crossings) {
        ModelOverrides overrides = query.overridesFor(model.getSlug());
        MemoryPlan sizing = profile.sizing();
        int gpus = overrides.gpuCount() != null ? overrides.gpuCount() : profile.gpusNeeded();
        BigDecimal hourly = overrides.gpuHourlyUsd() != null ? overrides.gpuHourlyUsd() : profile.gpuHourly().value();
        BigDecimal tokensPerSecond = overrides.tokensPerSecond() != null ? overrides.tokensPerSecond()
                : profile.perGpuThroughput().value().multiply(BigDecimal.valueOf(gpus));
        BigDecimal multiplier = multiplier(model, overrides);
        HostingProfile hostingProfile = new HostingProfile(profile.gpuType(), profile.gpuMemory().value(),
                hourly, gpus, tokensPerSecond, query.utilization());
        SelfHostingCost cost = SelfHostingCost.estimate(hostingProfile, workload, multiplier);
        BigDecimal capacity = SelfHostingCost.monthlyCapacity(hostingProfile, multiplier);
        BigDecimal onDemandPerToken = SelfHostingCost.onDemandCostPerToken(hostingProfile, multiplier);
        String label = model.getName() + " always-on";
        List<BreakEvenRow> rows = new ArrayList<>();
        for (ApiOption api : options) {
            BreakEven breakEven = BreakEven.solveWithin(capacity, cost.alwaysOnMonthly(), api.price(), workload,
                    api.tokenizerMultiplier(), query.billing());
            Integer crossing = null;
            if (breakEven.volume().filter(volume -> volume.signum() > 0).isPresent()) {
                BigDecimal volume = breakEven.volume().orElseThrow();
                crossings.add(new CostChart.Crossing(label + " = " + api.label() + " at "
                        + FORMATS.compact(volume) + " tokens a month", volume, cost.alwaysOnMonthly()));
                crossing = crossings.size();
            }
            RateComparison onDemand = api.costPerToken() == null ? null
                    : RateComparison.of(onDemandPerToken, api.costPerToken());
            rows.add(new BreakEvenRow(api, breakEven, crossing, onDemand));
        }
        String sizingWarning = gpus >= sizing.gpusNeeded() ? null
                : (sizing instanceof MemorySizing ? "The weights and KV cache need " : "The weights need ")
                        + sizing.gpusNeeded() + " GPUs of " + profile.gpuMemory().value().stripTrailingZeros().toPlainString()
                        + " GB at " + sizing.precision().label() + "; " + gpus + (gpus == 1 ? " GPU does" : " GPUs do")
                        + " not hold them, so this setup cannot serve the model as sized.";
        return new SelfHosting(model.getSlug(), model.getName(), profile.gpuType(), sizing, profile.gpuMemory(),
                gpus, overrides.gpuCount() != null, sizingWarning, hourly, overrides.gpuHourlyUsd() != null,
                profile.gpuHourly(), tokensPerSecond, overrides.tokensPerSecond() != null,
                profile.perGpuThroughput(), query.utilization(), multiplier, cost, capacity, onDemandPerToken,
                rows, profile.note(), contextWarning(query, multiplier, model.getContextTokens()), profile.measured(),
                profile.options(), profile.minimumGpus(), profile.architectureSourceId());
    }

    private static CostChart chart(List<ApiOption> options, List<SelfHosting> selfHosting,
            List<CostChart.Crossing> crossings, Workload workload) {
        List<CostChart.Line> lines = new ArrayList<>();
        options.stream()
            .filter(option -> option.costPerToken() != null)
            .forEach(option -> lines.add(new CostChart.Rate(option.label(), option.costPerToken(), false)));
        for (SelfHosting hosted : selfHosting) {
            lines.add(new CostChart.AlwaysOn(hosted.getAlwaysOnLabel(), hosted.cost().alwaysOnMonthly(),
                    hosted.monthlyCapacity()));
            lines.add(new CostChart.Rate(hosted.getOnDemandLabel(), hosted.onDemandPerToken(), true));
        }
        return CostChart.of(lines, crossings, workload.totalTokens());
    }
}
