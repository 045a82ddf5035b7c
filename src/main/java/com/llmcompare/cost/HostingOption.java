package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.llmcompare.core.cost.Gpu;
import com.llmcompare.core.cost.GpuPrice;
import com.llmcompare.core.cost.Precision;
import com.llmcompare.core.cost.ThroughputRun;

/**
 * One measured way of self-hosting a model: a GPU type at a precision, the run of the data set that stands
 * for it, the GPU's default price and what a million tokens cost at full load. The rules of which run stands
 * for a GPU and precision, which price is a GPU's default and which option a model gets by default are here
 * and nowhere else.
 *
 * @param price {@code null} when the data set has no price for the GPU
 * @param usdPerMillion at 100% utilization; {@code null} without a price
 */
public record HostingOption(Gpu gpu, Precision precision, ThroughputRun run, GpuPrice price,
        BigDecimal tokensPerSecondPerGpu, BigDecimal usdPerMillion) {

    /** The value of the form's choice, e.g. "h100" and "fp8". */
    public String key() {
        return gpu.getId() + " " + precision.label();
    }

    public boolean isUpperBound() {
        return ThroughputRun.UPPER_BOUND.equals(run.figures().kind());
    }

    /**
     * One option per GPU and precision the model was measured at, the cheapest per token first (those without a
     * price last). The run standing for each: its serving runs if it has any (a latency-bound run is what a
     * service gets), else its upper bounds; of those, the nearest the workload's mix of output to input tokens
     * (within 10%); of runs as near, the nearest the request's length, or for a monthly workload, which says
     * nothing of its requests, the median throughput, so that neither a short-prompt run nor a latency-tuned one
     * decides.
     *
     * @param outputShare the workload's output (and reasoning) tokens over its input tokens; {@code null} when
     *        it has no input or no output, which takes the runs as they are
     * @param requestTokens input, output and reasoning tokens of one request; {@code null} for a monthly workload
     */
    public static List<HostingOption> of(List<ThroughputRun> runs, Map<String, Gpu> gpus, BigDecimal outputShare,
            Long requestTokens) {
        Map<String, List<ThroughputRun>> byKey = runs.stream()
            .collect(Collectors.groupingBy(run -> run.getGpuId() + " " + run.figures().precision(), LinkedHashMap::new,
                    Collectors.toList()));
        return byKey.values().stream().map(group -> {
            ThroughputRun run = standingFor(group, outputShare, requestTokens);
            Gpu gpu = gpus.get(run.getGpuId());
            GpuPrice price = defaultPrice(gpu).orElse(null);
            BigDecimal perGpu = tokensPerSecondPerGpu(run);
            BigDecimal perMillion = price == null ? null
                    : price.getUsdPerHour().movePointRight(6).divide(perGpu.multiply(BigDecimal.valueOf(3600)),
                            MathContext.DECIMAL64);
            return new HostingOption(gpu, Precision.fromLabel(run.figures().precision()), run, price, perGpu, perMillion);
        }).sorted(Comparator.comparing(HostingOption::usdPerMillion, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(HostingOption::key)).toList();
    }

    /** What a model gets unless the user picks: the cheapest priced serving option, else the cheapest priced one. */
    public static Optional<HostingOption> byDefault(List<HostingOption> options) {
        return options.stream()
            .filter(option -> option.price() != null && !option.isUpperBound())
            .findFirst()
            .or(() -> options.stream().filter(option -> option.price() != null).findFirst());
    }

    /** The user's pick; either half may be left out ({@code null}), taking the cheapest that matches. */
    public static Optional<HostingOption> chosen(List<HostingOption> options, String gpuId, String precision) {
        List<HostingOption> matching = options.stream()
            .filter(option -> gpuId == null || option.gpu().getId().equals(gpuId))
            .filter(option -> precision == null || option.precision().label().equals(precision))
            .toList();
        return byDefault(matching).or(() -> matching.stream().findFirst());
    }

    /** Kinds of GPU price, the one a renter pays without owning hardware first. */
    static final List<String> PRICE_KINDS = List.of("on-demand", "capacity-block", "rental-3yr", "measured-run",
            "owning-neocloud");

    /**
     * A GPU's default price: the newest dated one (what renting it costs now), and of two from the same day the
     * kind a renter pays first ({@link #PRICE_KINDS}: renting before owning). The others stay listed with their
     * kind.
     */
    public static Optional<GpuPrice> defaultPrice(Gpu gpu) {
        return gpu.getPrices()
            .stream()
            .max(Comparator.comparing((GpuPrice p) -> p.getDate() == null ? "" : p.getDate())
                .thenComparing(p -> -PRICE_KINDS.indexOf(p.getKind())));
    }

    /**
     * The workload tokens (input and output) a second one GPU of the run served: the run's total throughput
     * where it states one, else its output throughput × (input + output) ÷ output tokens per request, since
     * every request of a fixed-length run carries that many of each; over the run's GPUs.
     */
    public static BigDecimal tokensPerSecondPerGpu(ThroughputRun run) {
        ThroughputRun.Figures f = run.figures();
        BigDecimal total = f.totalTokensPerSecond() != null ? f.totalTokensPerSecond()
                : f.outputTokensPerSecond().multiply(BigDecimal.valueOf((long) f.inputTokens() + f.outputTokens()))
                    .divide(BigDecimal.valueOf(f.outputTokens()), MathContext.DECIMAL64);
        return total.divide(BigDecimal.valueOf(f.gpuCount()), MathContext.DECIMAL64);
    }

    private static ThroughputRun standingFor(List<ThroughputRun> group, BigDecimal outputShare, Long requestTokens) {
        boolean anyServing = group.stream().anyMatch(run -> !ThroughputRun.UPPER_BOUND.equals(run.figures().kind()));
        List<ThroughputRun> kind = group.stream()
            .filter(run -> anyServing != ThroughputRun.UPPER_BOUND.equals(run.figures().kind()))
            .toList();
        long nearest = kind.stream().mapToLong(run -> mixDistance(run, outputShare)).min().orElseThrow();
        List<ThroughputRun> near = kind.stream()
            .filter(run -> mixDistance(run, outputShare) == nearest)
            .sorted(Comparator.comparing((ThroughputRun run) -> tokensPerSecondPerGpu(run)).thenComparingInt(ThroughputRun::getId))
            .toList();
        if (requestTokens == null) {
            return near.get((near.size() - 1) / 2);
        }
        return near.stream()
            .min(Comparator.comparingDouble((ThroughputRun run) -> Math.abs(Math.log(
                    (double) (run.figures().inputTokens() + run.figures().outputTokens()) / requestTokens)))
                .thenComparing(ThroughputRun::getId))
            .orElseThrow();
    }

    /** How far a run's mix is from the workload's, in steps of about 10%. */
    private static long mixDistance(ThroughputRun run, BigDecimal outputShare) {
        if (outputShare == null) {
            return 0;
        }
        return Math.round(10 * Math.abs(Math.log((double) run.figures().outputTokens() / run.figures().inputTokens())
                - Math.log(outputShare.doubleValue())));
    }
}
