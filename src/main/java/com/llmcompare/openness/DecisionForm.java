package com.llmcompare.openness;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.llmcompare.cost.Workload;
import com.llmcompare.openness.DecisionRanking.Weights;

import jakarta.validation.constraints.Pattern;

/**
 * The decision helper's query parameters, bound as the user typed them (text), so that a bad
 * value comes back in the form with its message instead of failing conversion. A parameter left
 * out takes its default; parameters the page does not know are ignored.
 */
public class DecisionForm {

    static final String WEIGHT = "\\s*([0-5]\\s*)?";

    static final String WEIGHT_MESSAGE = "must be a whole number from 0 to 5";

    /** The calculator's range: 0 to 10^13 tokens a month. */
    static final String TOKENS = "\\s*((\\d{1,13}|10000000000000)\\s*)?";

    static final String TOKENS_MESSAGE = "must be a whole number of tokens a month, from 0 to 10,000,000,000,000 (10^13) "
            + "(digits only)";

    /** Every priority counts the same until the user says otherwise. */
    public static final int DEFAULT_WEIGHT = 3;

    /** A summarisation-like month: 10M tokens in, 2M out (a 5:1 mix). */
    public static final long DEFAULT_INPUT_TOKENS = 10_000_000L;

    public static final long DEFAULT_OUTPUT_TOKENS = 2_000_000L;

    @Pattern(regexp = WEIGHT, message = WEIGHT_MESSAGE)
    private String cost;

    @Pattern(regexp = WEIGHT, message = WEIGHT_MESSAGE)
    private String privacy;

    @Pattern(regexp = WEIGHT, message = WEIGHT_MESSAGE)
    private String customization;

    @Pattern(regexp = WEIGHT, message = WEIGHT_MESSAGE)
    private String transparency;

    @Pattern(regexp = WEIGHT, message = WEIGHT_MESSAGE)
    private String support;

    @Pattern(regexp = WEIGHT, message = WEIGHT_MESSAGE)
    private String quality;

    @Pattern(regexp = WEIGHT, message = WEIGHT_MESSAGE)
    private String license;

    @Pattern(regexp = TOKENS, message = TOKENS_MESSAGE)
    private String inputTokens;

    @Pattern(regexp = TOKENS, message = TOKENS_MESSAGE)
    private String outputTokens;

    /** Only the models released in this year (e.g. 2023, the articles' models); blank for all. */
    @Pattern(regexp = "\\s*((19|20)\\d{2})?\\s*", message = "must be a release year such as 2023, or empty for every year")
    private String year;

    /** The release year to rank within, once the form is valid; null for every model. */
    public Integer releaseYear() {
        return blank(year) ? null : Integer.valueOf(year.trim());
    }

    /** {@code available} (the default: models that can still be used) or {@code all} (retired ones too). */
    @Pattern(regexp = "\\s*(available|all)?\\s*", message = "must be available (models that can still be used, the default) or all (retired ones too)")
    private String status;

    /** Whether retired models are ranked too, once the form is valid. */
    public boolean includeRetired() {
        return !blank(status) && status.trim().equals("all");
    }

    /**
     * {@code non-generative} ranks BERT and T5 too (encoder and text-to-text models that do not generate
     * text from a prompt); blank, the default, ranks only generative (decoder) models.
     */
    @Pattern(regexp = "\\s*(non-generative)?\\s*", message = "must be non-generative (rank BERT and T5 too) or empty (generative models only, the default)")
    private String include;

    /** Whether non-generative models are ranked too, once the form is valid. */
    public boolean includeNonGenerative() {
        return !blank(include);
    }

    public String getInclude() {
        return include;
    }

    public void setInclude(String include) {
        this.include = include;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    /** The weights, once the form is valid; a blank weight takes the default. */
    public Weights weights() {
        Map<Priority, Integer> weights = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            String value = get(priority.getParam());
            weights.put(priority, blank(value) ? DEFAULT_WEIGHT : Integer.parseInt(value.trim()));
        }
        return new Weights(weights);
    }

    /** The month's tokens, once the form is valid; a blank count takes the default. */
    public Workload workload() {
        return Workload.monthly(tokens(inputTokens, DEFAULT_INPUT_TOKENS), tokens(outputTokens, DEFAULT_OUTPUT_TOKENS));
    }

    /** The canonical query of this (valid) form: every parameter, defaults filled in, in a fixed order. */
    public String canonicalQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        Weights weights = weights();
        for (Priority priority : Priority.values()) {
            params.put(priority.getParam(), String.valueOf(weights.of(priority)));
        }
        Workload workload = workload();
        params.put("inputTokens", workload.inputTokens().toPlainString());
        params.put("outputTokens", workload.outputTokens().toPlainString());
        if (releaseYear() != null) {
            params.put("year", String.valueOf(releaseYear()));
        }
        if (includeRetired()) {
            params.put("status", "all");
        }
        if (includeNonGenerative()) {
            params.put("include", "non-generative");
        }
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /** A field's value as typed, by its parameter name. */
    public String get(String param) {
        return switch (param) {
            case "cost" -> cost;
            case "privacy" -> privacy;
            case "customization" -> customization;
            case "transparency" -> transparency;
            case "support" -> support;
            case "quality" -> quality;
            case "license" -> license;
            case "inputTokens" -> inputTokens;
            case "outputTokens" -> outputTokens;
            case "year" -> year;
            case "status" -> status;
            case "include" -> include;
            default -> throw new IllegalArgumentException("no parameter " + param);
        };
    }

    private static BigDecimal tokens(String value, long defaultTokens) {
        return blank(value) ? BigDecimal.valueOf(defaultTokens) : new BigDecimal(value.trim());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public String getPrivacy() {
        return privacy;
    }

    public void setPrivacy(String privacy) {
        this.privacy = privacy;
    }

    public String getCustomization() {
        return customization;
    }

    public void setCustomization(String customization) {
        this.customization = customization;
    }

    public String getTransparency() {
        return transparency;
    }

    public void setTransparency(String transparency) {
        this.transparency = transparency;
    }

    public String getSupport() {
        return support;
    }

    public void setSupport(String support) {
        this.support = support;
    }

    public String getQuality() {
        return quality;
    }

    public void setQuality(String quality) {
        this.quality = quality;
    }

    public String getLicense() {
        return license;
    }

    public void setLicense(String license) {
        this.license = license;
    }

    public String getInputTokens() {
        return inputTokens;
    }

    public void setInputTokens(String inputTokens) {
        this.inputTokens = inputTokens;
    }

    public String getOutputTokens() {
        return outputTokens;
    }

    public void setOutputTokens(String outputTokens) {
        this.outputTokens = outputTokens;
    }
}
