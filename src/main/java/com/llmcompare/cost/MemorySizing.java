package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.llmcompare.core.cost.Precision;
import com.llmcompare.web.Formats;

/**
 * The GPUs a model needs from its architecture: the weights at the chosen precision (every parameter, the
 * experts of a mixture included, since all of them are loaded), plus the KV cache of the requests served at
 * once, over the share of each GPU's memory a serving engine uses. The KV cache holds, per layer and token,
 * 2 × KV heads × head dimension values (grouped-query attention) or kv_lora_rank + qk_rope_head_dim values
 * (latent attention); a sliding-window layer holds at most its window of tokens.
 *
 * @param sequenceTokens tokens one request keeps in the cache (its input and output)
 * @param sequences requests served at once
 */
public record MemorySizing(BigDecimal parameters, Precision precision, KvShape kv, long sequenceTokens,
        int sequences, BigDecimal gpuMemoryGb) implements MemoryPlan {

    /** Bytes per cached value: the cache kept at 16 bits, the engines' default for these models. */
    public static final BigDecimal KV_BYTES = BigDecimal.valueOf(2);

    /**
     * The share of a GPU's memory the engine takes for weights and cache (vLLM's default
     * gpu_memory_utilization); the rest goes to activations and the runtime.
     */
    public static final BigDecimal USABLE_SHARE = new BigDecimal("0.9");

    private static final Formats FORMATS = new Formats();

    /**
     * What the cache holds per token: {@code valuesPerLayer} values in each of {@code layers} layers, of which
     * {@code slidingLayers} keep only the last {@code slidingWindow} tokens. {@code formula} says how
     * valuesPerLayer follows from the configuration.
     */
    public record KvShape(int layers, long valuesPerLayer, int slidingLayers, Integer slidingWindow, String formula) {

        public KvShape {
            if (layers < 1 || valuesPerLayer < 1 || slidingLayers < 0 || slidingLayers > layers
                    || (slidingLayers > 0 && (slidingWindow == null || slidingWindow < 1))) {
                throw new IllegalArgumentException("architecture: not a KV cache shape");
            }
        }

        /** Grouped-query (or plain multi-head) attention: a key and a value per KV head. */
        public static KvShape groupedQuery(int layers, int kvHeads, int headDim, int slidingLayers, Integer window) {
            return new KvShape(layers, 2L * kvHeads * headDim, slidingLayers, window,
                    "2 × " + kvHeads + " KV heads × " + headDim + " dims");
        }

        /** Latent attention: one compressed vector and the rotary part per layer and token. */
        public static KvShape latent(int layers, int kvLoraRank, int qkRopeHeadDim) {
            return new KvShape(layers, (long) kvLoraRank + qkRopeHeadDim, 0, null,
                    "(" + kvLoraRank + " latent + " + qkRopeHeadDim + " rotary) dims");
        }
    }

    public MemorySizing {
        Require.atMost(Require.positive(parameters, "parameters"), GpuSizing.MAX_PARAMETERS, "parameters", "10^14");
        Require.present(precision, "precision");
        Require.present(kv, "architecture");
        if (sequenceTokens < 1 || sequences < 1) {
            throw new IllegalArgumentException("concurrency: at least one request of at least one token");
        }
        Require.positive(gpuMemoryGb, "gpuMemoryGb");
    }

    public BigDecimal weightsGb() {
        return parameters.multiply(precision.bytesPerParameter()).movePointLeft(9);
    }

    /** Layer-tokens one request holds: every token in a full layer, at most the window in a sliding one. */
    long layerTokens() {
        long full = (long) (kv.layers() - kv.slidingLayers()) * sequenceTokens;
        long sliding = kv.slidingLayers() == 0 ? 0 : (long) kv.slidingLayers() * Math.min(sequenceTokens, kv.slidingWindow());
        return full + sliding;
    }

    public BigDecimal kvCacheGb() {
        return BigDecimal.valueOf(kv.valuesPerLayer())
            .multiply(BigDecimal.valueOf(layerTokens()))
            .multiply(KV_BYTES)
            .multiply(BigDecimal.valueOf(sequences))
            .movePointLeft(9);
    }

    @Override
    public BigDecimal memoryNeededGb() {
        return weightsGb().add(kvCacheGb());
    }

    public BigDecimal usablePerGpuGb() {
        return gpuMemoryGb.multiply(USABLE_SHARE);
    }

    @Override
    public int gpusNeeded() {
        BigDecimal gpus = memoryNeededGb().divide(usablePerGpuGb(), 0, RoundingMode.CEILING);
        if (gpus.compareTo(BigDecimal.valueOf(1024)) > 0) {
            throw new IllegalArgumentException("concurrency: the KV cache needs more than 1,024 GPUs");
        }
        return gpus.intValue();
    }

    /**
     * E.g. "weights 70B params × 1 byte (fp8) = 70 GB; KV cache 2 × 8 KV heads × 128 dims × 80 layers × 2,000
     * tokens × 2 bytes × 16 requests = 10.49 GB; 80.49 GB ÷ (80 GB × 90% usable) = 1.12 → 2 GPUs".
     */
    @Override
    public String working() {
        String layers = kv.slidingLayers() == 0 ? kv.layers() + " layers × " + FORMATS.grouped(BigDecimal.valueOf(sequenceTokens)) + " tokens"
                : (kv.layers() - kv.slidingLayers()) + " full layers × " + FORMATS.grouped(BigDecimal.valueOf(sequenceTokens))
                        + " tokens + " + kv.slidingLayers() + " sliding layers × "
                        + FORMATS.grouped(BigDecimal.valueOf(Math.min(sequenceTokens, kv.slidingWindow()))) + " tokens";
        int gpus = gpusNeeded();
        return "weights " + gb(parameters.movePointLeft(9)) + "B params × " + plain(precision.bytesPerParameter())
                + (precision.bytesPerParameter().compareTo(BigDecimal.ONE) == 0 ? " byte" : " bytes") + " ("
                + precision.label() + ") = " + gb(weightsGb()) + " GB; KV cache " + kv.formula() + " × " + layers
                + " × 2 bytes × " + sequences + (sequences == 1 ? " request" : " requests") + " at once = "
                + gb(kvCacheGb()) + " GB; " + gb(memoryNeededGb()) + " GB ÷ (" + plain(gpuMemoryGb) + " GB × 90% usable) = "
                + memoryNeededGb().divide(usablePerGpuGb(), 2, RoundingMode.UP).stripTrailingZeros().toPlainString()
                + " → " + gpus + (gpus == 1 ? " GPU" : " GPUs");
    }

    private static String gb(BigDecimal value) {
        BigDecimal rounded = value.round(new MathContext(4, RoundingMode.HALF_UP));
        return (rounded.compareTo(value) == 0 ? "" : "≈") + plain(rounded);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
