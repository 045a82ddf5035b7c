package com.llmcompare.cost;

import com.llmcompare.core.cost.Precision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How many GPUs it takes to hold an open model's weights: parameters × bytes per parameter ×
 * (1 + headroom) over the GPU's memory, rounded up. The working is kept as text because the
 * design asks for the arithmetic to be shown, not just its answer.
 */
public record GpuSizing(BigDecimal parameters, Precision precision, BigDecimal headroomPercent,
        BigDecimal gpuMemoryGb) implements MemoryPlan {

    /** Room for the KV cache and activations on top of the weights. */
    public static final BigDecimal DEFAULT_HEADROOM_PERCENT = BigDecimal.valueOf(20);

    /** Ten times the largest models so far; beyond it the input is a typo. */
    public static final BigDecimal MAX_PARAMETERS = BigDecimal.TEN.pow(14);

    public GpuSizing {
        Require.atMost(Require.positive(parameters, "parameters"), MAX_PARAMETERS, "parameters", "10^14");
        Require.present(precision, "precision");
        Require.nonNegative(headroomPercent, "headroom");
        Require.positive(gpuMemoryGb, "gpuMemoryGb");
    }

    /** Sizing with the default 20% headroom. */
    public static GpuSizing of(BigDecimal parameters, Precision precision, BigDecimal gpuMemoryGb) {
        return new GpuSizing(parameters, precision, DEFAULT_HEADROOM_PERCENT, gpuMemoryGb);
    }

    public BigDecimal headroomFactor() {
        return BigDecimal.ONE.add(headroomPercent.movePointLeft(2));
    }

    /** Memory the model needs, weights plus headroom, in GB (10^9 bytes). Exact. */
    @Override
    public BigDecimal memoryNeededGb() {
        return parameters.multiply(precision.bytesPerParameter()).multiply(headroomFactor())
                .movePointLeft(9);
    }

    /** Memory needed over one GPU's memory, before rounding up. */
    public BigDecimal gpusExact() {
        return memoryNeededGb().divide(gpuMemoryGb, MathContext.DECIMAL128);
    }

    @Override
    public int gpusNeeded() {
        BigDecimal gpus = gpusExact().setScale(0, RoundingMode.CEILING);
        if (gpus.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("gpuMemoryGb is too small for a model of this size");
        }
        return gpus.intValue();
    }

    /**
     * The arithmetic as a sentence, e.g. "70B params × 2 bytes (fp16) × 1.2 headroom = 168 GB;
     * ÷ 80 GB per GPU = 2.1 → 3 GPUs". Figures that are not exact at the shown decimals are
     * marked "≈"; the quotient is rounded up so that it never reads less than the GPUs it
     * rounds up to.
     */
    @Override
    public String working() {
        BigDecimal bytes = precision.bytesPerParameter();
        int gpus = gpusNeeded();
        return shown(parameters.movePointLeft(9), 3, RoundingMode.HALF_UP) + "B params × "
                + plain(bytes) + (bytes.compareTo(BigDecimal.ONE) == 0 ? " byte" : " bytes")
                + " (" + precision.label() + ") × " + plain(headroomFactor()) + " headroom = "
                + shown(memoryNeededGb(), 2, RoundingMode.HALF_UP) + " GB; ÷ " + plain(gpuMemoryGb)
                + " GB per GPU = " + shown(gpusExact(), 2, RoundingMode.UP) + " → " + gpus
                + (gpus == 1 ? " GPU" : " GPUs");
    }

    private static String shown(BigDecimal value, int decimals, RoundingMode rounding) {
        BigDecimal rounded = value.setScale(decimals, rounding);
        String prefix = rounded.compareTo(value) == 0 ? "" : "≈";
        return prefix + plain(rounded);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
