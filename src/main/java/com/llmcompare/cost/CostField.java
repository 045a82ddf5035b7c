package com.llmcompare.cost;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.llmcompare.web.Formats;

/**
 * The calculator's request parameters with their label, unit, default, allowed range and description: the
 * one definition that the parser checks against, the form prints (hints, placeholders, messages), the API
 * documentation describes and README's table is tested against, so no page can state a rule the parser
 * does not apply. Per-model fields are named {@code name.{slug}}, e.g. {@code inputPrice.gpt-4}.
 */
public enum CostField {

    INPUT_TOKENS("inputTokens", "Input tokens a month", "tokens", true, "0", "1E13", false, "1000000",
            "with the monthly form", "Input tokens a month, in OpenAI tokenizer units."),
    OUTPUT_TOKENS("outputTokens", "Output tokens a month", "tokens", true, "0", "1E13", false, "1000000",
            "with the monthly form", "Output tokens a month, in OpenAI tokenizer units."),
    REQUESTS_PER_DAY("requestsPerDay", "Requests a day", "requests", false, "0", "1E9", false, "1000",
            "with the per-request form", "Requests a day, instead of the monthly token counts."),
    INPUT_TOKENS_PER_REQUEST("inputTokensPerRequest", "Input tokens per request", "tokens", true, "0", "1E7", false,
            "1000", "with the per-request form", "Input tokens of one request (per-request form)."),
    OUTPUT_TOKENS_PER_REQUEST("outputTokensPerRequest", "Output tokens per request", "tokens", true, "0", "1E7", false,
            "200", "with the per-request form", "Output tokens of one request (per-request form)."),
    CACHED_SHARE("cachedShare", "Cached share of input tokens", "%", false, "0", "100", false, "0",
            "(billed at the cached rate where an offer has one)", "Share of input tokens read from the cache."),
    CACHE_WRITE_SHARE("cacheWriteShare", "Share of input tokens written to the cache for 5 minutes", "%", false, "0",
            "100", false, "0", "(billed at the offer's 5-minute write rate; as plain input where it has none)",
            "Share of input tokens written to the prompt cache with a 5-minute lifetime."),
    CACHE_WRITE_1H_SHARE("cacheWrite1hShare", "Share of input tokens written to the cache for 1 hour", "%", false,
            "0", "100", false, "0", "(billed at the offer's 1-hour write rate; as plain input where it has none)",
            "Share of input tokens written to the prompt cache with a 1-hour lifetime."),
    BATCH_SHARE("batchShare", "Share of requests sent through the batch API", "%", false, "0", "100", false, "0",
            "(at the provider's batch discount where the data set has one)",
            "Share of requests sent through the provider's batch API, answered later at a discount."),
    REASONING_TOKENS("reasoningTokens", "Reasoning tokens a month", "tokens", true, "0", "1E13", false, "0",
            "with the monthly form (billed as output)",
            "Reasoning (thinking) tokens a month on top of the output tokens, billed as output."),
    REASONING_TOKENS_PER_REQUEST("reasoningTokensPerRequest", "Reasoning tokens per request", "tokens", true, "0",
            "1E7", false, "0", "with the per-request form (billed as output)",
            "Reasoning (thinking) tokens of one request on top of its output tokens, billed as output."),
    UTILIZATION("utilization", "GPU utilization", "%", false, "1", "100", false, "50",
            "(an assumption: the measured throughput is at full load)", "Share of the time the GPUs are busy."),
    CONCURRENCY("concurrency", "Requests served at once", "requests", true, "1", "100000", false, null,
            "the measured run's concurrency, or 1 where it states none",
            "Requests a self-hosted replica serves at once: their KV cache sizes the GPUs."),
    INPUT_PRICE("inputPrice", "Input price", "USD per 1M tokens", false, "0", "10000", true, null,
            "the sourced price of each offer", "Your input price for one model, replacing the sourced one."),
    OUTPUT_PRICE("outputPrice", "Output price", "USD per 1M tokens", false, "0", "10000", true, null,
            "the sourced price of each offer", "Your output price for one model, replacing the sourced one."),
    TOKENIZER_MULTIPLIER("tokenizerMultiplier", "Tokenizer multiplier", "model tokens per OpenAI token", false, "0.1",
            "10", true, null, "the model's stated multiplier, or 1", "The model's tokens per OpenAI token."),
    GPU_HOURLY_USD("gpuHourlyUsd", "GPU price", "USD per GPU-hour", false, "0", "1000", true, null,
            "the hosting profile's sourced price", "What one GPU-hour costs you, for self-hosting one model."),
    GPU_COUNT("gpuCount", "GPUs per replica", "GPUs", true, "1", "1024", true, null,
            "the GPUs needed to hold the weights (computed)", "GPUs per replica, for self-hosting one model."),
    TOKENS_PER_SECOND("tokensPerSecond", "Throughput of a replica", "tokens/s", false, "0", "1E7", true, null,
            "the profile's tokens/s per GPU × GPUs", "Tokens a second one replica serves, for self-hosting one model.");

    private static final Formats FORMATS = new Formats();

    /** Read on every calculator request (the cache key asks which parameters it reads): built once. */
    private static final Map<String, CostField> BY_NAME = Arrays.stream(values())
        .collect(Collectors.toUnmodifiableMap(CostField::getName, Function.identity()));

    private final String name;

    private final String label;

    private final String unit;

    private final boolean whole;

    private final BigDecimal min;

    private final BigDecimal max;

    private final boolean perModel;

    private final BigDecimal defaultValue;

    private final String defaultNote;

    private final String description;

    /**
     * @param defaultValue the value a field left empty takes; null for per-model fields, whose default is the
     *     data set's figure for that model
     * @param defaultNote what the default is, or when it applies, in words: after the default's value where it
     *     has one ("with the monthly form", "(an assumption: …)"), alone for a per-model field
     * @param description one sentence for the API documentation
     */
    CostField(String name, String label, String unit, boolean whole, String min, String max, boolean perModel,
            String defaultValue, String defaultNote, String description) {
        this.name = name;
        this.label = label;
        this.unit = unit;
        this.whole = whole;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.perModel = perModel;
        this.defaultValue = defaultValue == null ? null : new BigDecimal(defaultValue);
        this.defaultNote = defaultNote;
        this.description = description;
    }

    /** The parameter name, e.g. {@code inputTokens}, or the prefix of a per-model one. */
    public String getName() {
        return name;
    }

    /** The parameter of a per-model field for one model, e.g. {@code inputPrice.gpt-4}. */
    public String param(String slug) {
        return perModel ? name + "." + slug : name;
    }

    public String getLabel() {
        return label;
    }

    public String getUnit() {
        return unit;
    }

    public boolean isWhole() {
        return whole;
    }

    public BigDecimal getMin() {
        return min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public boolean isPerModel() {
        return perModel;
    }

    /** The value a field left empty takes; null for a per-model field (the model's own figure). */
    public BigDecimal getDefaultValue() {
        return defaultValue;
    }

    /** The form's placeholder: the default as a plain number, or nothing for a per-model field. */
    public String getPlaceholder() {
        return defaultValue == null ? "" : defaultValue.toPlainString();
    }

    /** The default in words, as the form's hint and README state it: "1,000,000 with the monthly form". */
    public String getDefaultText() {
        if (defaultValue == null) {
            return defaultNote;
        }
        return grouped(defaultValue) + ("%".equals(unit) ? "%" : "") + " " + defaultNote;
    }

    public String getDescription() {
        return description;
    }

    /** Every parameter with its description, units and range: the API documentation's text. */
    public static String apiDescription() {
        StringBuilder text = new StringBuilder("Parameters: models (comma list or repeated; default ")
            .append(String.join(",", CostForm.DEFAULT_MODELS))
            .append("); a workload per month or per request, not both. ");
        for (CostField field : values()) {
            text.append(field.param("{slug}")).append(": ").append(field.description).append(" Allowed: ")
                .append(field.getAllowed()).append('.');
            if (field.defaultValue != null) {
                text.append(" Default ").append(field.getDefaultText()).append('.');
            }
            text.append(' ');
        }
        return text.append("A bad value is a 400 problem detail naming the parameter.").toString();
    }

    /** Throughput is the one quantity that must be more than its minimum (0 tokens/s serves nothing). */
    public boolean isMinExclusive() {
        return this == TOKENS_PER_SECOND;
    }

    /** The allowed values in words, e.g. "a whole number of tokens from 0 to 10,000,000,000,000 (10^13)". */
    public String getAllowed() {
        String what = (whole ? "a whole number of " : "a number of ") + unit;
        String upTo = grouped(max) + (max.compareTo(BigDecimal.valueOf(1_000_000)) > 0
                ? " (10^" + (max.precision() - max.scale() - 1) + ")" : "");
        if (isMinExclusive()) {
            return what + " more than " + grouped(min) + ", up to " + upTo;
        }
        return what + " from " + grouped(min) + " to " + upTo;
    }

    /** The fields by parameter name (the prefix, for per-model fields), for the form's template. */
    public static Map<String, CostField> byName() {
        return BY_NAME;
    }

    public static Optional<CostField> perModelField(String name) {
        return Optional.ofNullable(BY_NAME.get(name)).filter(CostField::isPerModel);
    }

    private static String grouped(BigDecimal value) {
        return FORMATS.grouped(value);
    }
}
