package com.llmcompare.cost;

import com.llmcompare.core.cost.HostingDefaults;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.llmcompare.web.Formats;

/**
 * The data set's figures that a model's per-model fields fall back to, shown beside those fields.
 *
 * @param offers the per-token offers that are priced, with USD per 1M input / output tokens
 * @param hosting {@code null} when the model has no hosting profile
 */
public record ModelDefaults(String slug, String name, BigDecimal tokenizerMultiplier, String tokenizerSourceId,
        List<Offer> offers, Hosting hosting) {

    private static final Formats FORMATS = new Formats();

    /** E.g. "$30 (OpenAI)", one per priced offer, or what happens without one. */
    public String getInputPriceText() {
        return priceText(Offer::inputPer1M);
    }

    public String getOutputPriceText() {
        return priceText(Offer::outputPer1M);
    }

    /** The placeholder: the price when there is one offer, else nothing to suggest a single figure. */
    public String getInputPlaceholder() {
        return offers.size() == 1 ? offers.get(0).inputPer1M().toPlainString() : "";
    }

    public String getOutputPlaceholder() {
        return offers.size() == 1 ? offers.get(0).outputPer1M().toPlainString() : "";
    }

    public String getMultiplierText() {
        return tokenizerMultiplier.stripTrailingZeros().toPlainString();
    }

    private String priceText(Function<Offer, BigDecimal> side) {
        if (offers.isEmpty()) {
            return "none: no per-token price in the data set, so give both prices to include it";
        }
        return offers.stream()
            .map(offer -> FORMATS.usd(side.apply(offer)) + " (" + offer.provider()
                    + (offers.stream().filter(o -> o.provider().equals(offer.provider())).count() > 1
                            ? ", " + offer.offer() : "")
                    + ")")
            .collect(Collectors.joining("; "));
    }

    public record Offer(String provider, String offer, BigDecimal inputPer1M, BigDecimal outputPer1M,
            List<String> sourceIds) {
    }

    /**
     * The hosting defaults, with the GPUs the weights need worked out, and the measured options the form's GPU
     * and precision choices list ({@code gpuHourlyUsd} null where the chosen GPU has no price).
     */
    public record Hosting(String gpuType, int gpusNeeded, HostingDefaults.Assumption gpuHourlyUsd,
            HostingDefaults.Assumption tokensPerSecondPerGpu, List<HostingOption> options, HostingOption measured) {

        /** The GPUs the model was measured on, each once, for the form's GPU choice. */
        public List<com.llmcompare.core.cost.Gpu> getGpus() {
            return options.stream().map(HostingOption::gpu).distinct().toList();
        }

        /** The precisions it was measured at, each once. */
        public List<String> getPrecisions() {
            return options.stream().map(o -> o.precision().label()).distinct().sorted().toList();
        }

        public BigDecimal getTokensPerSecond() {
            return tokensPerSecondPerGpu.value().multiply(BigDecimal.valueOf(gpusNeeded));
        }

        /** The field's placeholders: the defaults as plain numbers, e.g. "3.02" and "3999". */
        public String getGpuHourlyPlaceholder() {
            return gpuHourlyUsd == null ? "" : CostQuery.plain(gpuHourlyUsd.value());
        }

        public String getTokensPerSecondPlaceholder() {
            return CostQuery.plain(getTokensPerSecond());
        }

        /** E.g. "3,999 (1,333 per GPU × 3; assumption)". */
        public String getTokensPerSecondText() {
            return FORMATS.grouped(getTokensPerSecond()) + " (" + FORMATS.grouped(tokensPerSecondPerGpu.value())
                    + " per GPU × " + gpusNeeded + "; assumption)";
        }

        /** E.g. "$3.02 per NVIDIA H100 80GB GPU-hour (assumption)". */
        public String getGpuHourlyText() {
            if (gpuHourlyUsd == null) {
                return "none: the data set has no price for the " + gpuType + ", so give one";
            }
            return FORMATS.usd(gpuHourlyUsd.value()) + " per " + gpuType + " GPU-hour (assumption)";
        }
    }
}
