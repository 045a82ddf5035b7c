package com.llmcompare.core.benchmark;

import java.util.Collection;
import java.util.Optional;

/**
 * Whether a benchmark still separates today's models: saturated once its best independent score is
 * within {@value #SATURATED_WITHIN_PERCENT}% of the ceiling (GPQA Diamond at 95 of 100), when scores
 * bunch near the top and differences are noise. A scale without a ceiling (an index, a rating) is
 * never saturated; a benchmark without independent scores cannot be judged.
 */
public enum Saturation {

    SEPARATES("still separates models"), SATURATED("saturated: top scores are near its ceiling"),
    UNBOUNDED("an open scale: no ceiling"), UNKNOWN("no independent score to judge by");

    /** Top scores this close to the ceiling (in % of it) leave no room to tell models apart. */
    public static final int SATURATED_WITHIN_PERCENT = 10;

    private final String text;

    Saturation(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Saturation of(Benchmark benchmark, Collection<Score> rows) {
        if (benchmark.getCeiling() == null || !benchmark.isHigherIsBetter()) {
            return UNBOUNDED;
        }
        Optional<Double> top = rows.stream()
            .filter(s -> s.isModelResult() && s.isIndependent())
            .map(Score::getValue)
            .max(Double::compare);
        if (top.isEmpty()) {
            return UNKNOWN;
        }
        return top.get() >= benchmark.getCeiling() * (100 - SATURATED_WITHIN_PERCENT) / 100.0 ? SATURATED : SEPARATES;
    }
}
