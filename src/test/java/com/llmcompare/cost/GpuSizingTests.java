package com.llmcompare.cost;

import com.llmcompare.core.cost.Precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class GpuSizingTests {

    private static final BigDecimal EIGHTY_GB = new BigDecimal("80");

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void llama2With70bParametersAtFp16NeedsThree80GbGpus() {
        GpuSizing sizing = GpuSizing.of(n("70E9"), Precision.FP16, EIGHTY_GB);

        assertThat(sizing.memoryNeededGb()).isEqualByComparingTo("168");
        assertThat(sizing.gpusExact()).isEqualByComparingTo("2.1");
        assertThat(sizing.gpusNeeded()).isEqualTo(3);
        assertThat(sizing.working())
                .isEqualTo("70B params × 2 bytes (fp16) × 1.2 headroom = 168 GB; ÷ 80 GB per GPU = 2.1 → 3 GPUs");
    }

    @Test
    void llama2With7bParametersAtFp16FitsOneGpu() {
        GpuSizing sizing = GpuSizing.of(n("7000000000"), Precision.FP16, EIGHTY_GB);

        assertThat(sizing.memoryNeededGb()).isEqualByComparingTo("16.8");
        assertThat(sizing.gpusNeeded()).isEqualTo(1);
        assertThat(sizing.working())
                .isEqualTo("7B params × 2 bytes (fp16) × 1.2 headroom = 16.8 GB; ÷ 80 GB per GPU = 0.21 → 1 GPU");
    }

    @Test
    void lowerPrecisionNeedsFewerBytes() {
        assertThat(GpuSizing.of(n("70E9"), Precision.INT8, EIGHTY_GB).memoryNeededGb()).isEqualByComparingTo("84");
        assertThat(GpuSizing.of(n("70E9"), Precision.INT8, EIGHTY_GB).gpusNeeded()).isEqualTo(2);
        assertThat(GpuSizing.of(n("70E9"), Precision.INT4, EIGHTY_GB).memoryNeededGb()).isEqualByComparingTo("42");
        assertThat(GpuSizing.of(n("70E9"), Precision.INT4, EIGHTY_GB).working())
                .isEqualTo("70B params × 0.5 bytes (int4) × 1.2 headroom = 42 GB; ÷ 80 GB per GPU = ≈0.53 → 1 GPU");
        assertThat(GpuSizing.of(n("70E9"), Precision.INT8, EIGHTY_GB).working()).contains("× 1 byte (int8) ×");
    }

    @Test
    void headroomIsAdjustable() {
        GpuSizing noHeadroom = new GpuSizing(n("40E9"), Precision.FP16, BigDecimal.ZERO, EIGHTY_GB);

        assertThat(noHeadroom.memoryNeededGb()).isEqualByComparingTo("80");
        assertThat(noHeadroom.gpusNeeded()).isEqualTo(1);
        assertThat(new GpuSizing(n("40E9"), Precision.FP16, n("0.01"), EIGHTY_GB).gpusNeeded()).isEqualTo(2);
    }

    @Test
    void workingMarksRoundedFiguresAndNeverShowsLessThanItRoundsUpTo() {
        // 6.738415616B × 2 × 1.2 = 16.1721974784 GB; ÷ 16 = 1.0107... → 2 GPUs
        GpuSizing sizing = GpuSizing.of(n("6738415616"), Precision.FP16, n("16"));

        assertThat(sizing.gpusNeeded()).isEqualTo(2);
        assertThat(sizing.working()).isEqualTo(
                "≈6.738B params × 2 bytes (fp16) × 1.2 headroom = ≈16.17 GB; ÷ 16 GB per GPU = ≈1.02 → 2 GPUs");
        assertThat(new GpuSizing(n("40.01E9"), Precision.FP16, BigDecimal.ZERO, EIGHTY_GB).working())
                .endsWith("= ≈1.01 → 2 GPUs");
    }

    @Test
    void precisionParsesItsLabel() {
        assertThat(Precision.fromLabel("fp16")).isEqualTo(Precision.FP16);
        assertThat(Precision.fromLabel(" INT4 ")).isEqualTo(Precision.INT4);
        assertThat(Precision.fromLabel("MXFP4").bytesPerParameter()).isEqualByComparingTo("0.53125");
        assertThatIllegalArgumentException().isThrownBy(() -> Precision.fromLabel("fp3"))
                .withMessage("precision must be one of fp16, bf16, fp8, int8, fp4, mxfp4, int4");
    }

    @Test
    void rejectsBadValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> GpuSizing.of(n("-7E9"), Precision.FP16, EIGHTY_GB))
                .withMessageContaining("parameters");
        assertThatIllegalArgumentException().isThrownBy(() -> GpuSizing.of(BigDecimal.ZERO, Precision.FP16, EIGHTY_GB))
                .withMessageContaining("parameters");
        assertThatIllegalArgumentException().isThrownBy(() -> GpuSizing.of(n("1E15"), Precision.FP16, EIGHTY_GB))
                .withMessageContaining("parameters");
        assertThatIllegalArgumentException().isThrownBy(() -> GpuSizing.of(n("7E9"), null, EIGHTY_GB))
                .withMessage("precision is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GpuSizing(n("7E9"), Precision.FP16, n("-20"), EIGHTY_GB))
                .withMessageContaining("headroom");
        assertThatIllegalArgumentException().isThrownBy(() -> GpuSizing.of(n("7E9"), Precision.FP16, n("-80")))
                .withMessageContaining("gpuMemoryGb");
        assertThatIllegalArgumentException().isThrownBy(() -> GpuSizing.of(n("7E9"), Precision.FP16, BigDecimal.ZERO))
                .withMessageContaining("gpuMemoryGb");
    }
}
