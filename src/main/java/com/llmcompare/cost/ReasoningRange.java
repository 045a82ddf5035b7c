package com.llmcompare.cost;

import java.util.List;

import com.llmcompare.core.cost.ReasoningMeasurement;

/**
 * What a model's requests produced as output (answer and thinking together) per task of a benchmark, at each
 * setting measured, and the range they span: a sourced figure to fill the reasoning field from, by effort.
 */
public record ReasoningRange(String modelSlug, String modelName, List<ReasoningMeasurement> measurements) {

    public ReasoningRange {
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("a range needs a measurement");
        }
        measurements = List.copyOf(measurements);
    }

    public int getLowest() {
        return measurements.stream().mapToInt(ReasoningMeasurement::getOutputTokensPerTask).min().orElseThrow();
    }

    public int getHighest() {
        return measurements.stream().mapToInt(ReasoningMeasurement::getOutputTokensPerTask).max().orElseThrow();
    }
}
