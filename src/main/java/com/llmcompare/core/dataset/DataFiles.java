package com.llmcompare.core.dataset;

import com.llmcompare.core.model.Slug;

import com.llmcompare.data.DataSetValidator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The shapes of the files in {@code data/}, as read from JSON. Bean Validation annotations
 * state the per-field rules; {@link DataSetValidator} checks what crosses files.
 */
public final class DataFiles {

    static final String SLUG = Slug.PATTERN;

    static final String DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    static final String CONFIDENCE = "high|medium|low";

    /** Who states a value: one of the seed articles, an outside source, or a community catalogue (imported). */
    static final String ORIGIN = "article|outside|catalogue";

    private DataFiles() {
    }

    /** One source's statement of a fact. */
    public record ClaimFile(@NotBlank String value, Double number, Double low, Double high,
            @NotBlank String source, String quote, @Pattern(regexp = CONFIDENCE) String confidence,
            @Pattern(regexp = ORIGIN) String origin, String note, Boolean unverified,
            @Pattern(regexp = "disclosed|estimated|speculated|undisclosed") String status) {

        public boolean isUnverified() {
            return Boolean.TRUE.equals(unverified);
        }
    }

    public record SourceFile(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9.-]*") String id,
            @NotBlank @Pattern(regexp = "article|official|paper|leaderboard|press|secondary|speculation|catalogue") String kind,
            @NotBlank String title, String publisher, @Pattern(regexp = DATE) String date, String url,
            String seedFile, String note) {
    }

    public record VendorFile(@NotBlank @Pattern(regexp = SLUG) String slug, @NotBlank String name, String url) {
    }

    public record LicenseFile(@NotBlank @Pattern(regexp = SLUG) String slug, @NotBlank String name, String url,
            @NotNull Boolean osiApproved, @NotBlank @Pattern(regexp = "yes|conditional|no") String commercialUse,
            String conditions, String restrictions, @NotBlank String source,
            List<@Valid @NotNull ClaimFile> keyTerms) {
    }

    public record DescriptionFile(@NotBlank String value, @NotBlank String source, String quote) {
    }

    public record BenchmarkFile(@NotBlank @Pattern(regexp = SLUG) String slug, @NotBlank String name,
            String fullName, @NotBlank String metric, @NotBlank @Pattern(regexp = "percent|score") String unit,
            @NotNull Boolean higherIsBetter, @Positive Integer size, String sizeUnit,
            @Valid DescriptionFile articleDescription, @Valid @NotNull DescriptionFile officialDescription,
            String note, @Pattern(regexp = "headline|index|preference") String role, @Positive Double ceiling) {
    }

    public record ReleaseFile(@Pattern(regexp = DATE) String date, List<@Valid @NotNull ClaimFile> claims) {
    }

    public record CountFile(@NotBlank @Pattern(regexp = "disclosed|estimated|speculated|undisclosed") String status,
            @Positive Double count, List<@Valid @NotNull ClaimFile> claims) {
    }

    public record ExtendedContextFile(@NotNull @Positive Integer tokens, @NotBlank String label,
            @NotBlank String source, String quote, @Pattern(regexp = CONFIDENCE) String confidence) {
    }

    public record ContextFile(@Positive Integer tokens, List<@Valid @NotNull ClaimFile> claims,
            List<@Valid @NotNull ExtendedContextFile> extended) {
    }

    public record DocumentedFile(@NotNull Boolean documented, List<@Valid @NotNull ClaimFile> claims) {
    }

    public record PublicFile(@JsonProperty("public") @NotNull Boolean isPublic, List<@Valid @NotNull ClaimFile> claims) {
    }

    public record AccessFile(@NotNull Boolean weightsDownloadable, @NotNull Boolean api,
            List<@Valid @NotNull ClaimFile> claims) {
    }

    public record FineTuningFile(Boolean available, String how, List<@Valid @NotNull ClaimFile> claims) {
    }

    /**
     * {@code date}: the shutdown the vendor announced; {@code announced}: when it announced the deprecation;
     * {@code successor}: the replacement the vendor names (a slug of the data set, or its name);
     * {@code unverified}: no vendor page was found, {@code value} says what was.
     */
    public record LifecycleFile(@NotBlank @Pattern(regexp = "available|deprecated|retired") String status,
            @Pattern(regexp = DATE) String date, String value, @NotBlank String source, String quote,
            @Pattern(regexp = DATE) String announced, String successor, Boolean unverified) {
    }

    /** {@code claims}: other sources' capabilities where they disagree with these (a catalogue's cut-off). */
    public record CapabilitiesFile(List<@NotBlank String> inputModalities, List<@NotBlank String> outputModalities,
            Boolean toolCalling, @Positive Integer maxOutputTokens, String knowledgeCutoff, @NotBlank String source,
            String note, List<@Valid @NotNull ClaimFile> claims) {
    }

    public record TokenizerFile(@NotNull @DecimalMin("0.1") BigDecimal multiplier, @NotBlank String source,
            String quote) {
    }

    public record ModelFile(@NotBlank @Pattern(regexp = SLUG) String slug, @NotBlank String name, String family,
            @NotBlank String vendor, @NotBlank @Pattern(regexp = "model|product") String kind,
            @NotBlank @Pattern(regexp = "decoder|encoder|encoder-decoder") String architecture, String baseModel,
            String summary, List<String> namedIn, @Valid @NotNull ReleaseFile release,
            @Valid @NotNull CountFile parameters, @Valid @NotNull ContextFile context,
            @Valid CountFile trainingTokens, @Valid @NotNull DocumentedFile trainingData,
            @Valid @NotNull PublicFile trainingCode, @NotBlank String license, @Valid @NotNull AccessFile access,
            @Valid FineTuningFile fineTuning, @Valid @NotNull LifecycleFile lifecycle,
            @Valid CapabilitiesFile capabilities, @Valid TokenizerFile tokenizer) {
    }

    public record CheckFile(Double value, String setting, String source, String quote, String status,
            String note) {
    }

    public record ScoreFile(@NotBlank String model, @NotBlank String benchmark, @PositiveOrZero Double value,
            String valueText, String shots, String setting,
            @Pattern(regexp = "vendor|third-party") String reportedBy, Boolean selfReported,
            @NotBlank String source, String quote, @Pattern(regexp = CONFIDENCE) String confidence,
            @Pattern(regexp = ORIGIN) String origin, Boolean unverified, String note, String system,
            @Valid CheckFile check, @Valid RunFile run) {
    }

    /** A developer's total in one edition of the Foundation Model Transparency Index. */
    public record TransparencyFile(@NotBlank @Pattern(regexp = SLUG) String vendor, @NotBlank String developer,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}") String edition, @NotNull @PositiveOrZero Integer score,
            @NotNull @Positive Integer max, @NotBlank String source) {
    }

    /**
     * What a provider's own pages state for all its offers ({@code providers.json}): the day it closed (from
     * then none of its prices can be paid: Anyscale Endpoints, 2024-08-01), with {@code source} and
     * {@code quote}, and its batch API's terms.
     */
    public record ProviderFile(@NotBlank String name, @Pattern(regexp = DATE) String closed, String source,
            String quote, String note, @Valid BatchFile batch) {
    }

    /**
     * A provider's batch API: the discount on every token rate of its offers, the turnaround it promises, and
     * the page that says so.
     */
    public record BatchFile(@NotNull @Positive @Max(100) BigDecimal discountPercent, @NotBlank String turnaround,
            @NotBlank String source, @NotBlank String quote, String note) {
    }

    /** Who ran an evaluation and when, as a score board states it per row. */
    public record RunFile(@NotBlank String by, String url, @Pattern(regexp = DATE) String date, String uncertainty,
            @Positive Long votes) {
    }

    public record PriceFile(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9.-]*") String id, @NotBlank String model,
            @NotBlank String provider, @NotBlank String offer,
            @Pattern(regexp = "standard|batch|priority|flex|fine-tuned") String usage,
            @NotBlank @Pattern(regexp = "tokens|characters") String unit, @NotNull @Positive Integer per,
            @NotNull @Positive BigDecimal input, @NotNull @Positive BigDecimal output,
            @Positive BigDecimal cachedInput, @NotBlank @Pattern(regexp = DATE) String validFrom,
            @Pattern(regexp = DATE) String validUntil, @NotBlank @Pattern(regexp = DATE) String lastChecked,
            @Positive Integer contextTokens, @NotEmpty List<@NotBlank String> sources, String quote,
            @Pattern(regexp = CONFIDENCE) String confidence, @Pattern(regexp = ORIGIN) String origin,
            String note, @Positive BigDecimal cacheWrite, @Positive BigDecimal cacheWrite1h,
            @Positive BigDecimal requestFee, List<@Valid @NotNull TierFile> tiers) {
    }

    /**
     * A long-context tier in the price's unit: a request with more than {@code above} input tokens pays these
     * rates for all its tokens of each kind; an absent rate keeps the base one.
     */
    public record TierFile(@NotNull @Positive Long above, @Positive BigDecimal input, @Positive BigDecimal output,
            @Positive BigDecimal cachedInput, @Positive BigDecimal cacheWrite, @Positive BigDecimal cacheWrite1h) {
    }

    /** A sourced default the user may change: a GPU's price, memory or throughput. */
    public record AssumptionFile(@NotNull @Positive BigDecimal value, @NotBlank String source, String quote,
            @Pattern(regexp = CONFIDENCE) String confidence, String note) {
    }

    /** How one open, text-generating model is self-hosted by default ({@code hosting.json}). */
    public record HostingFile(@NotBlank @Pattern(regexp = SLUG) String model, @NotBlank String gpuType,
            @Valid @NotNull AssumptionFile gpuMemoryGb, @NotBlank @Pattern(regexp = "fp16|int8|int4") String precision,
            @Valid @NotNull AssumptionFile gpuHourlyUsd, @Valid @NotNull AssumptionFile tokensPerSecondPerGpu,
            String note) {
    }

    /** A GPU the calculator can self-host on ({@code gpus.json}): its memory and its sourced hourly prices. */
    public record GpuFile(@NotBlank @Pattern(regexp = SLUG) String id, @NotBlank String name,
            @Valid @NotNull AssumptionFile memoryGb, @NotNull List<@Valid @NotNull GpuPriceFile> prices) {
    }

    /**
     * One hourly price of one GPU: {@code kind} says what sort of price it is (a cloud's on-demand list price,
     * a 3-year rental, the cost of owning one, the price a measurement was run at).
     */
    public record GpuPriceFile(@NotNull @Positive BigDecimal usdPerHour,
            @NotBlank @Pattern(regexp = "on-demand|capacity-block|rental-3yr|owning-neocloud|measured-run") String kind,
            @NotBlank String provider, @NotBlank String source, String quote, @Pattern(regexp = DATE) String date,
            String note) {
    }

    /**
     * What a model's configuration file says about its size in memory ({@code architectures.json}): layers and
     * attention, for the KV cache; experts, for the active parameters. {@code attention} is {@code gqa} (or
     * plain multi-head: kvHeads = heads), or {@code mla} (DeepSeek's latent attention, which caches
     * kvLoraRank + qkRopeHeadDim values per layer and token). {@code slidingLayers} of the layers attend to the
     * last {@code slidingWindow} tokens only.
     */
    public record ArchitectureFile(@NotBlank @Pattern(regexp = SLUG) String model, @NotNull @Positive Integer layers,
            @NotBlank @Pattern(regexp = "gqa|mla") String attention, @Positive Integer kvHeads,
            @Positive Integer headDim, @Positive Integer kvLoraRank, @Positive Integer qkRopeHeadDim,
            @PositiveOrZero Integer slidingLayers, @Positive Integer slidingWindow, @Positive Integer experts,
            @Positive Integer expertsPerToken, @Positive Long activeParameters, @NotBlank String source,
            @NotBlank String quote, String note) {
    }

    /**
     * One measured serving run ({@code throughput.json}): a model on {@code gpuCount} GPUs of one type, at a
     * precision, in an engine. {@code kind} is {@code upper-bound} (an offline maximum-throughput table, no
     * latency limit) or {@code serving} (a serving benchmark with latencies). Throughputs are of the whole
     * group of GPUs; {@code entry} names the snapshot's file and line the figures were read from.
     */
    public record ThroughputFile(@NotBlank @Pattern(regexp = SLUG) String model, @NotBlank String gpu,
            @NotNull @Positive Integer gpuCount, String parallelism, @NotBlank String precision,
            @NotBlank String engine, @NotBlank @Pattern(regexp = "upper-bound|serving") String kind,
            @NotNull @Positive Integer inputTokens, @NotNull @Positive Integer outputTokens,
            @Positive Integer concurrency, @NotNull @Positive BigDecimal outputTokensPerSecond,
            @Positive BigDecimal totalTokensPerSecond, @Positive BigDecimal ttftMsMedian, @Positive BigDecimal ttftMsP99,
            @Positive BigDecimal tpotMsMedian, @Positive BigDecimal tpotMsP99, @NotBlank String source,
            @NotBlank String entry, @NotBlank String quote, String setting, String note) {
    }

    /**
     * A tokenizer and the models that use it ({@code tokenizers.json}): {@code tiktoken} with its {@code encoding},
     * {@code huggingface} with the {@code resource} folder its {@code tokenizer.json.gz} ships in (and the
     * vocabulary's {@code licence}), or {@code estimate}: the {@code baseFamily}'s count × {@code ratio}, for a
     * tokenizer that is not public.
     */
    public record TokenizerFamilyFile(@NotBlank @Pattern(regexp = SLUG) String id, @NotBlank String name,
            @NotBlank @Pattern(regexp = "tiktoken|huggingface|estimate") String kind,
            @Pattern(regexp = "o200k_base|cl100k_base") String encoding, @Pattern(regexp = SLUG) String resource,
            String baseFamily, @Positive BigDecimal ratio, @NotBlank String source, String quote, String licence,
            String licenceSource, String note, @NotNull List<@NotBlank @Pattern(regexp = SLUG) String> models) {
    }

    /**
     * Output tokens (answer and thinking) per task a benchmark measured for a model at a setting
     * ({@code reasoning.json}); {@code entry} names the board file's line.
     */
    public record ReasoningFile(@NotBlank @Pattern(regexp = SLUG) String model, @NotBlank String setting, String effort,
            @Positive Integer thinkingBudget, @NotNull @Positive Integer outputTokensPerTask,
            @Positive Integer promptTokensPerTask, @NotNull @Positive Integer tasks, @Pattern(regexp = DATE) String date,
            @NotBlank String source, @NotBlank String entry, @NotBlank String quote) {
    }

    /**
     * An article's cost claim ({@code cost-claims.json}), checked against two prices for a per-request
     * workload: {@code claimedRatio} is the cost at {@code numeratorPrice} over the cost at
     * {@code denominatorPrice}.
     */
    public record CostClaimFile(@NotBlank @Pattern(regexp = SLUG) String id, @NotBlank String claim, String context,
            @NotBlank String source, @NotNull @Positive BigDecimal claimedRatio, @NotBlank String numeratorPrice,
            @NotBlank String denominatorPrice, @NotNull @Positive Integer inputTokensPerRequest,
            @NotNull @PositiveOrZero Integer outputTokensPerRequest, @Valid ClaimFile counterpart,
            @NotBlank String explanation, @NotEmpty List<@NotBlank String> explanationSources) {
    }

    public record TradeOffRowFile(@NotBlank String id, @NotNull @Positive Integer position,
            @NotBlank String dimension, @NotBlank String open, @NotBlank String closed, @NotBlank String source,
            String duplicateOf, List<@NotBlank String> checks) {
    }

    public record TradeOffListItemFile(@NotBlank String id, @NotBlank @Pattern(regexp = "open|closed") String side,
            @NotBlank @Pattern(regexp = "advantage|challenge") String kind, @NotBlank String dimension,
            @NotBlank String text, @NotBlank String source) {
    }

    public record TradeOffHybridFile(@NotBlank String id, @NotNull @Positive Integer position,
            @NotBlank @Pattern(regexp = "summary|example|feature|trend|faq") String kind, @NotBlank String title,
            @NotBlank String text, @NotBlank String source) {
    }

    public record TradeOffsFile(List<@Valid @NotNull TradeOffRowFile> table,
            List<@Valid @NotNull TradeOffListItemFile> lists, List<@Valid @NotNull TradeOffHybridFile> hybrid) {
    }

    /** One feature of an openness audit: its rating, a one-line reason, and the source it rests on. */
    public record AuditFeatureFile(
            @NotBlank @Pattern(regexp = "open|partial|closed|not-applicable|not-assessed") String status,
            @NotBlank String reason, String source, String link) {
    }

    /**
     * {@code openness/{slug}.json}: a model's openness audit. {@code criteria} names what it rates:
     * {@code osai-index} (the European Open Source AI Index's 12 criteria, written by the importer) or
     * {@code opening-up-chatgpt} (the tracker's 14 features, the default when left out). {@code source}
     * is the one source the whole audit comes from (the index's entry); it is required for an index
     * audit. {@code features}: every criterion of the set, under its key, and nothing else (checked by
     * the validator, which names the missing or unknown key).
     */
    public record OpennessAuditFile(@NotBlank @Pattern(regexp = SLUG) String model,
            @Pattern(regexp = "osai-index|opening-up-chatgpt") String criteria, String source,
            @NotBlank String basis, @NotNull Map<String, @Valid @NotNull AuditFeatureFile> features) {
    }

    public record EvidenceFile(@NotBlank String source, String quote, String note) {
    }

    public record CostRatioFile(@NotBlank String model, @NotBlank String versus) {
    }

    /** An article's claim, checked against the primary sources. */
    public record ClaimCheckFile(@NotBlank @Pattern(regexp = SLUG) String id, @NotBlank String topic,
            @NotBlank String quote, @NotBlank String source, @NotBlank String finding,
            @NotBlank @Pattern(regexp = "holds|partly|does-not-hold|unverified") String verdict,
            @NotEmpty List<@Valid @NotNull EvidenceFile> evidence, List<@NotBlank String> models,
            @Valid CostRatioFile costRatio) {
    }
}
