package com.llmcompare.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A checked calculator request: the models, the workload in one of its two forms, the shares and
 * the per-model overrides. Built by {@link CostForm}; the page, the CSV and the JSON API all compute
 * from it, so they cannot disagree.
 *
 * @param requestsPerDay {@code null} when the workload is given per month
 * @param asOf the day whose prices the workload is costed at; {@code null} for today
 * @param gpuChoices the GPU and precision picked per model for self-hosting (the default option without)
 * @param concurrency requests a self-hosted replica serves at once; {@code null} for the measured run's
 */
public record CostQuery(List<String> models, BigDecimal inputTokens, BigDecimal outputTokens,
        BigDecimal requestsPerDay, BigDecimal inputTokensPerRequest, BigDecimal outputTokensPerRequest,
        BigDecimal cachedShare, BigDecimal utilization, Map<String, ModelOverrides> overrides, Billing billing,
        BigDecimal reasoningTokens, BigDecimal reasoningTokensPerRequest, LocalDate asOf,
        Map<String, GpuChoice> gpuChoices, Integer concurrency) {

    public CostQuery {
        models = List.copyOf(models);
        overrides = Map.copyOf(overrides);
        gpuChoices = Map.copyOf(gpuChoices);
    }

    /** This query with another GPU and precision for one model. */
    public CostQuery withGpuChoice(String slug, GpuChoice choice) {
        Map<String, GpuChoice> choices = new java.util.LinkedHashMap<>(gpuChoices);
        choices.put(slug, choice);
        return new CostQuery(models, inputTokens, outputTokens, requestsPerDay, inputTokensPerRequest,
                outputTokensPerRequest, cachedShare, utilization, overrides, billing, reasoningTokens,
                reasoningTokensPerRequest, asOf, choices, concurrency);
    }

    /** This query with these tokenizer multipliers (a measured text's), each replacing the model's own. */
    public CostQuery withTokenizerMultipliers(Map<String, BigDecimal> multipliers) {
        Map<String, ModelOverrides> changed = new java.util.LinkedHashMap<>(overrides);
        multipliers.forEach((slug, multiplier) -> changed.put(slug,
                overridesFor(slug).with(CostField.TOKENIZER_MULTIPLIER, multiplier)));
        return new CostQuery(models, inputTokens, outputTokens, requestsPerDay, inputTokensPerRequest,
                outputTokensPerRequest, cachedShare, utilization, changed, billing, reasoningTokens,
                reasoningTokensPerRequest, asOf, gpuChoices, concurrency);
    }

    /**
     * This query per request with these tokens per request (a measured prompt and answer): the requests a day
     * kept, or the form's default for a monthly query; reasoning per request kept, a month's dropped.
     */
    public CostQuery perRequest(BigDecimal input, BigDecimal output) {
        BigDecimal requests = isPerRequest() ? requestsPerDay : CostField.REQUESTS_PER_DAY.getDefaultValue();
        return new CostQuery(models, inputTokens, outputTokens, requests, input, output, cachedShare, utilization,
                overrides, billing, reasoningTokens, isPerRequest() ? reasoningTokensPerRequest : BigDecimal.ZERO, asOf,
                gpuChoices, concurrency);
    }

    public GpuChoice gpuChoiceFor(String slug) {
        return gpuChoices.getOrDefault(slug, GpuChoice.NONE);
    }

    public boolean isPerRequest() {
        return requestsPerDay != null;
    }

    /** The month's tokens; may fail (naming the field) when the per-request figures add up to too many. */
    public Workload workload() {
        return isPerRequest()
                ? Workload.perRequest(requestsPerDay, inputTokensPerRequest, outputTokensPerRequest,
                        reasoningTokensPerRequest)
                : Workload.monthly(inputTokens, outputTokens, reasoningTokens);
    }

    public ModelOverrides overridesFor(String slug) {
        return overrides.getOrDefault(slug, ModelOverrides.NONE);
    }

    /**
     * The canonical query string: every value the result depends on, defaults spelled out (so a shared
     * link keeps its meaning if a default changes), overrides only where given, unknown parameters left out.
     * The billing options added later (cache writes, batch, reasoning) appear only when used: their default
     * is "not used", which no later default can change, and links made before them stay as they were.
     */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        parts.add("models=" + String.join(",", models));
        if (isPerRequest()) {
            parts.add(param(CostField.REQUESTS_PER_DAY.getName(), requestsPerDay));
            parts.add(param(CostField.INPUT_TOKENS_PER_REQUEST.getName(), inputTokensPerRequest));
            parts.add(param(CostField.OUTPUT_TOKENS_PER_REQUEST.getName(), outputTokensPerRequest));
        }
        else {
            parts.add(param(CostField.INPUT_TOKENS.getName(), inputTokens));
            parts.add(param(CostField.OUTPUT_TOKENS.getName(), outputTokens));
        }
        parts.add(param(CostField.CACHED_SHARE.getName(), cachedShare));
        addIfUsed(parts, CostField.CACHE_WRITE_SHARE, billing.cacheWriteShare());
        addIfUsed(parts, CostField.CACHE_WRITE_1H_SHARE, billing.cacheWrite1hShare());
        addIfUsed(parts, CostField.BATCH_SHARE, billing.batchShare());
        addIfUsed(parts, isPerRequest() ? CostField.REASONING_TOKENS_PER_REQUEST : CostField.REASONING_TOKENS,
                isPerRequest() ? reasoningTokensPerRequest : reasoningTokens);
        parts.add(param(CostField.UTILIZATION.getName(), utilization));
        if (asOf != null) {
            parts.add(CostForm.AS_OF + "=" + asOf);
        }
        if (concurrency != null) {
            parts.add(CostField.CONCURRENCY.getName() + "=" + concurrency);
        }
        for (String slug : models) {
            ModelOverrides modelOverrides = overridesFor(slug);
            for (CostField field : CostField.values()) {
                if (field.isPerModel() && modelOverrides.value(field) != null) {
                    parts.add(param(field.param(slug), modelOverrides.value(field)));
                }
            }
            GpuChoice choice = gpuChoiceFor(slug);
            if (choice.gpu() != null) {
                parts.add(GpuChoice.GPU + "." + slug + "=" + choice.gpu());
            }
            if (choice.precision() != null) {
                parts.add(GpuChoice.PRECISION + "." + slug + "=" + choice.precision());
            }
        }
        return String.join("&", parts);
    }

    private static void addIfUsed(List<String> parts, CostField field, BigDecimal value) {
        if (value != null && value.signum() != 0) {
            parts.add(param(field.getName(), value));
        }
    }

    private static String param(String name, BigDecimal value) {
        return name + "=" + plain(value);
    }

    /** A number as typed in a URL: no trailing zeros, no exponent (3.02, 3999). */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
