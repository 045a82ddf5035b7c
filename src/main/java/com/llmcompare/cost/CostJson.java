package com.llmcompare.cost;

import com.llmcompare.core.cost.HostingDefaults;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.llmcompare.cost.CostReport.ApiOption;
import com.llmcompare.cost.CostReport.BreakEvenRow;
import com.llmcompare.cost.CostReport.ClaimCheck;
import com.llmcompare.cost.CostReport.ClaimSide;
import com.llmcompare.cost.CostReport.SelfHosting;
import com.llmcompare.core.source.Source;
import com.llmcompare.web.SourceRef;

/**
 * The JSON shape of {@code /api/cost}: the page's numbers with their sources. Money comes twice:
 * rounded to the cent ({@code …Usd}) as the page shows it, and unrounded ({@code …UsdExact}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostJson(String shareUrl, String today, String asOf, WorkloadJson workload, List<ApiOptionJson> api,
        List<UnpricedJson> unpriced, List<SelfHostingJson> selfHosting, List<NotSelfHostedJson> notSelfHosted,
        List<ClaimJson> claims) {

    public record WorkloadJson(BigDecimal inputTokensPerMonth, BigDecimal outputTokensPerMonth,
            BigDecimal requestsPerDay, BigDecimal inputTokensPerRequest, BigDecimal outputTokensPerRequest,
            BigDecimal daysPerMonth, BigDecimal cachedSharePercent, BigDecimal utilizationPercent,
            BigDecimal reasoningTokensPerMonth, BigDecimal cacheWriteSharePercent, BigDecimal cacheWrite1hSharePercent,
            BigDecimal batchSharePercent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApiOptionJson(String model, String name, String priceId, String provider, String offer,
            boolean userPrice, BigDecimal inputPer1M, BigDecimal outputPer1M, BigDecimal inputPer1K,
            BigDecimal outputPer1K, BigDecimal cachedInputPer1M, boolean inputOverridden, boolean outputOverridden,
            BigDecimal tokenizerMultiplier, BigDecimal monthlyUsd, BigDecimal monthlyUsdExact, BigDecimal perRequestUsd,
            BigDecimal costPer1MTokensAtMixUsd, BigDecimal multipleOfCheapest, boolean retired, String warning,
            String validFrom, String validUntil, String lastChecked, Long ageDays, Boolean old, Integer contextTokens,
            String contextWarning, List<SourceRef> sources, BillJson bill) {
    }

    /**
     * The monthly cost line by line (exact USD), the offer's rates beyond input and output, and what could not
     * be applied as asked.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BillJson(BigDecimal inputUsd, BigDecimal cachedReadsUsd, BigDecimal cacheWritesUsd,
            BigDecimal outputUsd, BigDecimal reasoningUsd, BigDecimal requestFeesUsd, BigDecimal batchSavingUsd,
            Long tierAboveInputTokens, BigDecimal cacheWritePer1M, BigDecimal cacheWrite1hPer1M,
            BigDecimal requestFeeUsd, BigDecimal batchDiscountPercent, String batchTurnaround, List<String> notes) {
    }

    public record UnpricedJson(String model, String name, String reason, boolean retired, List<SourceRef> sources) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssumptionJson(BigDecimal value, boolean overridden, BigDecimal defaultValue, String unit,
            SourceRef source, String quote, String confidence, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BreakEvenJson(String api, String model, String priceId, BigDecimal breakEvenTokensPerMonth,
            String reason, String onDemand, BigDecimal apiUsdPer1MTokens, BigDecimal onDemandUsdPer1MTokens) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SelfHostingJson(String model, String name, String gpuType, String precision, BigDecimal parameters,
            BigDecimal memoryNeededGb, AssumptionJson gpuMemoryGb, int gpusNeeded, String sizing,
            AssumptionJson gpuCount, String sizingWarning, AssumptionJson gpuHourlyUsd, AssumptionJson tokensPerSecond,
            BigDecimal utilizationPercent, BigDecimal tokenizerMultiplier, BigDecimal alwaysOnMonthlyUsd,
            BigDecimal onDemandHours, BigDecimal onDemandMonthlyUsd, BigDecimal onDemandMonthlyUsdExact,
            String gpusToKeepUp, BigDecimal monthlyCapacityTokens, List<BreakEvenJson> breakEven, String note,
            MeasuredRunJson measuredRun, SourceRef architectureSource, List<HostingOptionJson> options) {
    }

    /**
     * The run the self-hosting cost rests on: {@code kind} {@code upper-bound} (a maximum-throughput table, no
     * latency limit) or {@code serving} (a serving benchmark). Throughputs are of all {@code gpuCount} GPUs.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeasuredRunJson(String gpu, int gpuCount, String parallelism, String precision, String engine,
            String kind, int inputTokensPerRequest, int outputTokensPerRequest, Integer concurrency,
            BigDecimal outputTokensPerSecond, BigDecimal totalTokensPerSecond, BigDecimal ttftMsMedian,
            BigDecimal ttftMsP99, BigDecimal tpotMsMedian, BigDecimal tpotMsP99, SourceRef source, String entry,
            String setting) {
    }

    /** One measured GPU and precision of the model; {@code usdPer1MTokensAtFullLoad} null without a GPU price. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HostingOptionJson(String gpu, String precision, String kind, BigDecimal tokensPerSecondPerGpu,
            BigDecimal usdPerGpuHour, String priceKind, BigDecimal usdPer1MTokensAtFullLoad, boolean costed) {
    }

    public record NotSelfHostedJson(String model, String name, String reason) {
    }

    public record ClaimSideJson(String model, String provider, String offer, BigDecimal inputPer1K,
            BigDecimal outputPer1K, String validFrom, String validUntil, BigDecimal tokenizerMultiplier,
            BigDecimal costPerRequestUsd, List<SourceRef> sources) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimJson(String id, String claim, SourceRef source, BigDecimal claimedRatio,
            int inputTokensPerRequest, int outputTokensPerRequest, ClaimSideJson numerator, ClaimSideJson denominator,
            BigDecimal ratio, BigDecimal ratioCountingTokensAlike, String counterpart, String counterpartQuote,
            SourceRef counterpartSource, String explanation, List<SourceRef> explanationSources) {
    }

    public static CostJson of(CostReport report, Map<String, Source> sources) {
        CostQuery query = report.query();
        Workload workload = report.workload();
        WorkloadJson workloadJson = new WorkloadJson(exact(workload.inputTokens()), exact(workload.outputTokens()),
                exact(query.requestsPerDay()), query.isPerRequest() ? exact(query.inputTokensPerRequest()) : null,
                query.isPerRequest() ? exact(query.outputTokensPerRequest()) : null, Workload.DAYS_PER_MONTH,
                exact(query.cachedShare()), exact(query.utilization()), exact(workload.reasoningTokens()),
                exact(query.billing().cacheWriteShare()), exact(query.billing().cacheWrite1hShare()),
                exact(query.billing().batchShare()));
        return new CostJson(report.getShareUrl(), report.today().toString(),
                query.asOf() == null ? null : query.asOf().toString(), workloadJson,
                report.apiOptions().stream().map(o -> api(o, sources)).toList(),
                report.unpriced()
                    .stream()
                    .map(u -> new UnpricedJson(u.modelSlug(), u.modelName(), u.reason(), u.retirement() != null,
                            refs(u.sourceIds(), sources)))
                    .toList(),
                report.selfHosting().stream().map(h -> selfHosting(h, sources)).toList(),
                report.notSelfHosted()
                    .stream()
                    .map(n -> new NotSelfHostedJson(n.modelSlug(), n.modelName(), n.reason()))
                    .toList(),
                report.claims().stream().map(c -> claim(c, sources)).toList());
    }

    private static ApiOptionJson api(ApiOption o, Map<String, Source> sources) {
        return new ApiOptionJson(o.modelSlug(), o.modelName(), o.priceId(), o.provider(), o.offer(), o.isUserPrice(),
                exact(o.price().inputPer1M()), exact(o.price().outputPer1M()), exact(o.getInputPer1K()),
                exact(o.getOutputPer1K()), exact(o.price().cachedInputPer1M()), o.isInputOverridden(),
                o.isOutputOverridden(), exact(o.tokenizerMultiplier()), Money.cents(o.cost().monthly()),
                exact(o.cost().monthly()), exact(o.cost().perRequest()), rounded(o.getCostPerMillionTokens(), 6),
                rounded(o.multipleOfCheapest(), 4), o.isRetired(),
                o.retirement() == null ? null : o.retirement().getWarning(), o.validFrom(), o.validUntil(),
                o.lastChecked(), o.age() == null ? null : o.age().days(), o.age() == null ? null : o.isOld(),
                o.contextTokens(), o.contextWarning(), refs(o.sourceIds(), sources), bill(o));
    }

    private static BillJson bill(ApiOption o) {
        ApiBill b = o.bill();
        if (b == null) {
            return null;
        }
        ApiPrice p = o.price();
        return new BillJson(exact(b.input()), exact(b.cachedReads()), exact(b.cacheWrites()), exact(b.output()),
                exact(b.reasoning()), exact(b.requestFees()), exact(b.batchSaving()),
                b.tier() == null ? null : b.tier().aboveTokens(), exact(p.cacheWritePer1M()),
                exact(p.cacheWrite1hPer1M()), exact(p.requestFee()),
                p.batch() == null ? null : exact(p.batch().discountPercent()),
                p.batch() == null ? null : p.batch().turnaround(), b.notes());
    }

    private static SelfHostingJson selfHosting(SelfHosting h, Map<String, Source> sources) {
        HostingDefaults.Assumption memory = h.gpuMemory();
        HostingDefaults.Assumption hourly = h.gpuHourlyDefault();
        HostingDefaults.Assumption perGpu = h.perGpuDefault();
        List<BreakEvenJson> breakEven = h.breakEvens().stream().map(row -> breakEven(row, h)).toList();
        int defaultGpus = Math.max(h.measuredGpus(), h.sizing().gpusNeeded());
        return new SelfHostingJson(h.modelSlug(), h.modelName(), h.gpuType(), h.sizing().precision().label(),
                exact(h.sizing().parameters()), exact(h.sizing().memoryNeededGb()),
                new AssumptionJson(exact(memory.value()), false, null, "GB per GPU", SourceRef.of(memory.sourceId(),
                        sources), memory.quote(), memory.confidence(), memory.note()),
                h.sizing().gpusNeeded(), h.sizing().working(),
                new AssumptionJson(BigDecimal.valueOf(h.gpuCount()), h.gpuCountOverridden(),
                        BigDecimal.valueOf(defaultGpus), "GPUs per replica", null, null, null,
                        h.measured() == null ? "computed: the GPUs needed to hold the weights"
                                : "computed: the GPUs needed to hold the weights and the KV cache, at least the "
                                        + h.measuredGpus() + " the measured run used"),
                h.sizingWarning(),
                hourly == null ? new AssumptionJson(exact(h.gpuHourlyUsd()), true, null, "USD per GPU-hour", null, null,
                        null, "the data set has no price for this GPU")
                        : new AssumptionJson(exact(h.gpuHourlyUsd()), h.gpuHourlyOverridden(), exact(hourly.value()),
                                "USD per GPU-hour", SourceRef.of(hourly.sourceId(), sources), hourly.quote(),
                                hourly.confidence(), hourly.note()),
                new AssumptionJson(exact(h.tokensPerSecond()), h.throughputOverridden(),
                        exact(h.getDefaultTokensPerSecond()), "tokens/s per replica (default: "
                                + exact(perGpu.value()) + " per GPU × GPUs)",
                        SourceRef.of(perGpu.sourceId(), sources), perGpu.quote(), perGpu.confidence(), perGpu.note()),
                exact(h.utilization()), exact(h.tokenizerMultiplier()), Money.cents(h.cost().alwaysOnMonthly()),
                rounded(h.cost().onDemandHours(), 4), Money.cents(h.cost().onDemandMonthly()),
                exact(h.cost().onDemandMonthly()), h.getGpusToKeepUp().toString(),
                h.monthlyCapacity().setScale(0, RoundingMode.DOWN), breakEven, h.note(),
                h.measured() == null ? null : measuredRun(h.measured(), sources),
                h.architectureSourceId() == null ? null : SourceRef.of(h.architectureSourceId(), sources),
                h.options().stream().map(o -> new HostingOptionJson(o.gpu().getId(), o.precision().label(),
                        o.run().figures().kind(), exact(o.tokensPerSecondPerGpu()),
                        o.price() == null ? null : exact(o.price().getUsdPerHour()),
                        o.price() == null ? null : o.price().getKind(),
                        o.usdPerMillion() == null ? null : rounded(o.usdPerMillion(), 6),
                        h.measured() != null && o.key().equals(h.measured().key()))).toList());
    }

    private static MeasuredRunJson measuredRun(HostingOption option, Map<String, Source> sources) {
        com.llmcompare.core.cost.ThroughputRun run = option.run();
        com.llmcompare.core.cost.ThroughputRun.Figures f = run.figures();
        return new MeasuredRunJson(option.gpu().getId(), f.gpuCount(), f.parallelism(), f.precision(), f.engine(),
                f.kind(), f.inputTokens(), f.outputTokens(), f.concurrency(), exact(f.outputTokensPerSecond()),
                exact(f.totalTokensPerSecond()), exact(f.ttftMsMedian()), exact(f.ttftMsP99()), exact(f.tpotMsMedian()),
                exact(f.tpotMsP99()), SourceRef.of(run.getSourceId(), sources), run.getEntry(), run.getSetting());
    }

    private static BreakEvenJson breakEven(BreakEvenRow row, SelfHosting h) {
        return new BreakEvenJson(row.api().label(), row.api().modelSlug(), row.api().priceId(),
                row.getVolume() == null ? null : row.getVolume().setScale(0, RoundingMode.HALF_UP),
                row.isAlways() ? "always: self-hosting has no fixed cost" : row.getReason(),
                row.onDemand() == null ? null : row.onDemand().verdict().description(),
                rounded(row.api().getCostPerMillionTokens(), 6), rounded(h.getOnDemandPerMillionTokens(), 6));
    }

    private static ClaimJson claim(ClaimCheck c, Map<String, Source> sources) {
        return new ClaimJson(c.id(), c.claim(), SourceRef.of(c.sourceId(), sources), exact(c.claimedRatio()),
                c.inputTokensPerRequest(), c.outputTokensPerRequest(), side(c.numerator(), sources),
                side(c.denominator(), sources), rounded(c.ratio(), 4), rounded(c.ratioAtOneToOne(), 4),
                c.counterpartValue(), c.counterpartQuote(), SourceRef.of(c.counterpartSourceId(), sources),
                c.explanation(), refs(c.explanationSourceIds(), sources));
    }

    private static ClaimSideJson side(ClaimSide s, Map<String, Source> sources) {
        return new ClaimSideJson(s.modelName(), s.provider(), s.offer(), exact(s.inputPer1K()), exact(s.outputPer1K()),
                s.validFrom(), s.validUntil(), exact(s.tokenizerMultiplier()), exact(s.costPerRequest()),
                refs(s.sourceIds(), sources));
    }

    private static List<SourceRef> refs(List<String> ids, Map<String, Source> sources) {
        return ids.stream().map(id -> SourceRef.of(id, sources)).toList();
    }

    /** Every digit, without trailing zeros and never in exponent form (90, not 9E+1). */
    static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal rounded(BigDecimal value, int decimals) {
        return value == null ? null : exact(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
