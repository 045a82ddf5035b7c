package com.llmcompare.cost;

import java.util.Set;

/**
 * The GPU type and precision a user picked to self-host one model ({@code gpu.{slug}=h100},
 * {@code precision.{slug}=fp8}); either left {@code null} takes the cheapest measured option that matches.
 */
public record GpuChoice(String gpu, String precision) {

    public static final String GPU = "gpu";

    public static final String PRECISION = "precision";

    /** The per-model parameters' prefixes. */
    public static final Set<String> PARAMETERS = Set.of(GPU, PRECISION);

    public static final GpuChoice NONE = new GpuChoice(null, null);

    public boolean isMade() {
        return gpu != null || precision != null;
    }
}
