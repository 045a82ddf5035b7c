package com.llmcompare.core.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's score on a benchmark, where it has several rows (reasoning efforts, scaffolds, sources):
 * its best independent row — run by someone other than its maker — and only without one its best
 * self-reported row, which stays flagged. Rows without a number (wording only) and results of
 * systems built on the model count only when nothing else is there. The other rows stay on the
 * model's page; every page, JSON answer and chart that shows "the" score uses this rule.
 */
public final class BestScore {

    private BestScore() {
    }

    /** The score shown for one model on one benchmark, from that model's rows for it. */
    public static Optional<Score> of(Collection<Score> rows) {
        return rows.stream().min(order());
    }

    /** The score shown for each benchmark the rows cover, in the order benchmarks first appear. */
    public static Map<String, Score> byBenchmark(Collection<Score> modelRows) {
        Map<String, Score> best = new LinkedHashMap<>();
        for (Score row : modelRows) {
            best.merge(row.getBenchmark().getSlug(), row, (a, b) -> order().compare(a, b) <= 0 ? a : b);
        }
        return best;
    }

    /**
     * How many benchmarks a model has an independent score on, not counting an index (which summarises
     * the others).
     */
    public static long independentBenchmarks(Collection<Score> modelRows) {
        return modelRows.stream()
            .filter(s -> s.isModelResult() && s.isIndependent() && !s.getBenchmark().isIndex())
            .map(s -> s.getBenchmark().getSlug())
            .distinct()
            .count();
    }

    /** Own numbers before wording and systems; independent before self-reported; then the best value. */
    private static Comparator<Score> order() {
        return Comparator.<Score, Boolean>comparing(s -> !s.isModelResult())
            .thenComparing(s -> !s.isIndependent())
            .thenComparing(BestScore::badness);
    }

    /** The value turned so that smaller is better, whichever way the benchmark runs. */
    private static double badness(Score s) {
        if (s.getValue() == null) {
            return Double.MAX_VALUE;
        }
        return s.getBenchmark().isHigherIsBetter() ? -s.getValue() : s.getValue();
    }

    /** The rows of one benchmark, best model first, one row per model, by the rule above. */
    public static List<Score> ranking(Collection<Score> benchmarkRows) {
        Map<String, List<Score>> byModel = new LinkedHashMap<>();
        for (Score row : benchmarkRows) {
            byModel.computeIfAbsent(row.getModel().getSlug(), slug -> new ArrayList<>()).add(row);
        }
        return byModel.values().stream()
            .map(BestScore::of)
            .flatMap(Optional::stream)
            .sorted(order())
            .toList();
    }
}
