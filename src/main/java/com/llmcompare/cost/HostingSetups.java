package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.llmcompare.core.cost.Gpu;
import com.llmcompare.core.cost.GpuPrice;
import com.llmcompare.core.cost.HostingDefaults;
import com.llmcompare.core.cost.HostingDefaults.Assumption;
import com.llmcompare.core.cost.ModelArchitecture;
import com.llmcompare.core.cost.ThroughputRun;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.web.Formats;

/**
 * Builds a model's {@link HostingSetup}: from a measured option (GPU memory and price, the run's throughput per
 * GPU, the memory sized from the architecture for the workload's requests) or from its hosting profile.
 */
final class HostingSetups {

    private static final Formats FORMATS = new Formats();

    private HostingSetups() {
    }

    static HostingSetup fromProfile(LanguageModel model, HostingDefaults profile) {
        GpuSizing sizing = GpuSizing.of(BigDecimal.valueOf(model.getParameterCount()), profile.getPrecision(),
                profile.getGpuMemoryGb().value());
        return new HostingSetup(profile.getGpuType(), profile.getGpuMemoryGb(), profile.getGpuHourlyUsd(),
                profile.getTokensPerSecondPerGpu(), sizing, 1, profile.getNote(), null, List.of(), null);
    }

    /**
     * @param architecture {@code null} when the data set lacks the model's configuration: then the weights
     *        with 20% headroom, as for a profile
     * @param query {@code null} for the form's defaults: the run's lengths and concurrency
     */
    static HostingSetup measured(LanguageModel model, HostingOption option, List<HostingOption> options,
            ModelArchitecture architecture, CostQuery query) {
        Gpu gpu = option.gpu();
        ThroughputRun run = option.run();
        ThroughputRun.Figures f = run.figures();
        BigDecimal parameters = BigDecimal.valueOf(model.getParameterCount());
        MemoryPlan sizing;
        String sizingNote;
        if (architecture == null) {
            sizing = GpuSizing.of(parameters, option.precision(), gpu.getMemoryGb());
            sizingNote = "The data set has no configuration of " + model.getName()
                    + ", so its KV cache is covered by 20% headroom on the weights.";
        }
        else {
            long tokens = sequenceTokens(query, f);
            Integer asked = query == null ? null : query.concurrency();
            int sequences = asked != null ? asked : f.concurrency() != null ? f.concurrency() : 1;
            sizing = new MemorySizing(parameters, option.precision(), kvShape(architecture), tokens, sequences,
                    gpu.getMemoryGb());
            sizingNote = "Sized for " + sequences + (sequences == 1 ? " request" : " requests") + " at once ("
                    + (asked != null ? "your concurrency"
                            : f.concurrency() != null ? "the measured run's concurrency"
                                    : "one: the run states none, having queued every request at once, so give your "
                                            + "concurrency to size the KV cache for your load")
                    + ") of " + FORMATS.grouped(BigDecimal.valueOf(tokens)) + " tokens each ("
                    + (query != null && query.isPerRequest() ? "your request's input, output and reasoning tokens"
                            : "the measured run's input and output tokens")
                    + "), from the model's configuration.";
        }
        GpuPrice price = option.price();
        Assumption hourly = price == null ? null
                : new Assumption(price.getUsdPerHour(), price.getSourceId(), price.getQuote(), null, priceNote(gpu, price));
        Assumption memory = new Assumption(gpu.getMemoryGb(), gpu.getMemorySourceId(), gpu.getMemoryQuote(), null, null);
        Assumption perGpu = new Assumption(option.tokensPerSecondPerGpu(), run.getSourceId(), run.getQuote(),
                option.isUpperBound() ? "low" : "medium", runNote(gpu, run));
        return new HostingSetup(gpu.getName(), memory, hourly, perGpu, sizing, f.gpuCount(), sizingNote, option, options,
                architecture == null ? null : architecture.getSourceId());
    }

    static MemorySizing.KvShape kvShape(ModelArchitecture a) {
        if ("mla".equals(a.getAttention())) {
            return MemorySizing.KvShape.latent(a.getLayers(), a.getKvLoraRank(), a.getQkRopeHeadDim());
        }
        return MemorySizing.KvShape.groupedQuery(a.getLayers(), a.getKvHeads(), a.getHeadDim(),
                a.getSlidingLayers() == null ? 0 : a.getSlidingLayers(), a.getSlidingWindow());
    }

    /** Tokens one request keeps in the cache: the user's request, or the measured run's. */
    private static long sequenceTokens(CostQuery query, ThroughputRun.Figures f) {
        Long tokens = requestTokens(query);
        return tokens != null ? tokens : (long) f.inputTokens() + f.outputTokens();
    }

    /** Input, output and reasoning tokens of one request; {@code null} for a monthly workload (or an empty one). */
    static Long requestTokens(CostQuery query) {
        if (query == null || !query.isPerRequest()) {
            return null;
        }
        long tokens = query.inputTokensPerRequest().add(query.outputTokensPerRequest())
            .add(query.reasoningTokensPerRequest()).longValue();
        return tokens > 0 ? tokens : null;
    }

    /** The workload's output (and reasoning) tokens over its input tokens, for the run nearest its mix. */
    static BigDecimal outputShare(CostQuery query) {
        if (query == null) {
            return null;
        }
        Workload workload = query.workload();
        BigDecimal output = workload.outputTokens().add(workload.reasoningTokens());
        if (workload.inputTokens().signum() == 0 || output.signum() == 0) {
            return null;
        }
        return output.divide(workload.inputTokens(), MathContext.DECIMAL64);
    }

    static String runNote(Gpu gpu, ThroughputRun run) {
        ThroughputRun.Figures f = run.figures();
        boolean upper = ThroughputRun.UPPER_BOUND.equals(f.kind());
        String total = f.totalTokensPerSecond() != null ? FORMATS.grouped(f.totalTokensPerSecond()) + " tokens/s in all"
                : FORMATS.grouped(f.outputTokensPerSecond()) + " output tokens/s × (" + f.inputTokens() + " + "
                        + f.outputTokens() + ") ÷ " + f.outputTokens() + " tokens per request";
        return f.engine() + ", " + f.precision() + (f.parallelism() == null ? "" : ", " + f.parallelism()) + " on "
                + f.gpuCount() + " × " + gpu.getName() + ", " + FORMATS.grouped(BigDecimal.valueOf(f.inputTokens()))
                + " input and " + FORMATS.grouped(BigDecimal.valueOf(f.outputTokens())) + " output tokens per request"
                + (f.concurrency() == null ? "" : ", " + f.concurrency() + " at once") + ": "
                + FORMATS.grouped(f.outputTokensPerSecond()) + " output tokens/s; " + total + " ÷ " + f.gpuCount()
                + (f.gpuCount() == 1 ? " GPU" : " GPUs") + "."
                + (f.tpotMsMedian() == null ? "" : " Median time per output token " + FORMATS.grouped(f.tpotMsMedian()) + " ms"
                        + (f.ttftMsMedian() == null ? "" : ", to the first token " + FORMATS.grouped(f.ttftMsMedian()) + " ms") + ".")
                + (upper ? " An upper bound, not typical: a maximum-throughput table, every request queued at once and "
                        + "no latency limit. A service that must answer quickly gets less." : " A serving benchmark.")
                + (run.getSetting() == null ? "" : " Setting: " + run.getSetting() + ".") + " Entry: " + run.getEntry()
                + (run.getNote() == null ? "" : ". " + run.getNote());
    }

    private static String priceNote(Gpu gpu, GpuPrice price) {
        String others = gpu.getPrices().stream()
            .filter(p -> p != price)
            .map(p -> FORMATS.usd(p.getUsdPerHour()) + " " + kindText(p.getKind()) + " (" + p.getProvider()
                    + (p.getDate() == null ? "" : ", " + p.getDate()) + ")")
            .collect(Collectors.joining("; "));
        return kindText(price.getKind()) + ", " + price.getProvider() + (price.getDate() == null ? "" : ", " + price.getDate())
                + " (the newest price of this GPU in the data set)." + (price.getNote() == null ? "" : " " + price.getNote())
                + (others.isEmpty() ? "" : " Other prices: " + others + ".");
    }

    static String kindText(String kind) {
        return switch (kind) {
            case "on-demand" -> "on-demand list price";
            case "capacity-block" -> "reserved capacity block";
            case "rental-3yr" -> "3-year rental";
            case "owning-neocloud" -> "cost of owning, all in";
            case "measured-run" -> "price the measurement ran at";
            default -> kind;
        };
    }

    static String choiceText(GpuChoice choice, Map<String, Gpu> gpus) {
        String gpu = choice.gpu() == null ? "any GPU" : gpus.containsKey(choice.gpu()) ? gpus.get(choice.gpu()).getName()
                : choice.gpu();
        return gpu + (choice.precision() == null ? "" : " at " + choice.precision());
    }

    static String optionsText(List<HostingOption> options) {
        return options.stream()
            .map(o -> o.gpu().getName() + " at " + o.precision().label())
            .distinct()
            .collect(Collectors.joining(", "));
    }
}
