package com.llmcompare.core.cost;


import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The number format a model's weights are held in, which sets the bytes each parameter takes. MXFP4 (the
 * OCP microscaling format gpt-oss ships in) stores 32 four-bit values with one shared 8-bit scale: 4.25 bits.
 */
public enum Precision {

    FP16(new BigDecimal("2"), "fp16"),
    BF16(new BigDecimal("2"), "bf16"),
    FP8(new BigDecimal("1"), "fp8"),
    INT8(new BigDecimal("1"), "int8"),
    FP4(new BigDecimal("0.5"), "fp4"),
    MXFP4(new BigDecimal("0.53125"), "mxfp4"),
    INT4(new BigDecimal("0.5"), "int4");

    private final BigDecimal bytesPerParameter;

    private final String label;

    Precision(BigDecimal bytesPerParameter, String label) {
        this.bytesPerParameter = bytesPerParameter;
        this.label = label;
    }

    public BigDecimal bytesPerParameter() {
        return bytesPerParameter;
    }

    /** The name used in URLs and in the working, e.g. "fp16". */
    public String label() {
        return label;
    }

    /** Parses a label such as "fp16" (any case). */
    public static Precision fromLabel(String label) {
        if (label == null) {
            throw new IllegalArgumentException("precision is required");
        }
        for (Precision precision : values()) {
            if (precision.label.equals(label.trim().toLowerCase(Locale.ROOT))) {
                return precision;
            }
        }
        throw new IllegalArgumentException("precision must be one of "
                + Arrays.stream(values()).map(Precision::label).collect(Collectors.joining(", ")));
    }
}
