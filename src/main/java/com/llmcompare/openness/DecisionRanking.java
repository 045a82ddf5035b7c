package com.llmcompare.openness;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.llmcompare.web.Formats;

/**
 * The decision helper's arithmetic: a transparent weighted sum, not advice. Each priority scores a
 * model from 0 to 1 ({@link Priority#getHowScored()}); the model's total is the weighted average
 * over the priorities the user weighted that have data for the model, times 100. A priority with no
 * data for a model (no price, no benchmark score, too little openness evidence) is never counted as
 * zero: its weight moves to the priorities with data, the cell says so, and the coverage says how
 * much of the weight had data. Plain
 * Java: no Spring, no database.
 */
public final class DecisionRanking {

    private static final Formats FORMATS = new Formats();

    /** Weights 0–5 per priority. */
    public record Weights(Map<Priority, Integer> byPriority) {

        public Weights {
            byPriority = new EnumMap<>(byPriority);
            for (Priority priority : Priority.values()) {
                int weight = byPriority.getOrDefault(priority, 0);
                if (weight < 0 || weight > 5) {
                    throw new IllegalArgumentException(priority.getParam() + " must be from 0 to 5, not " + weight);
                }
                byPriority.put(priority, weight);
            }
        }

        /** Every priority at the same weight. */
        public static Weights equal(int weight) {
            Map<Priority, Integer> weights = new EnumMap<>(Priority.class);
            for (Priority priority : Priority.values()) {
                weights.put(priority, weight);
            }
            return new Weights(weights);
        }

        /** All the weight on one priority. */
        public static Weights only(Priority priority) {
            return new Weights(Map.of(priority, 5));
        }

        public int of(Priority priority) {
            return byPriority.get(priority);
        }

        public int total() {
            return byPriority.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * What one weighted priority added to a model's total: {@code points} out of 100 (weight ×
     * score ÷ the weight with data × 100), or nothing when {@code score} is null (no data).
     */
    public record Contribution(Priority priority, int weight, Double score, double points, String basis) {

        public boolean hasData() {
            return score != null;
        }
    }

    /** A model's place: its total out of 100, the share of the weight that had data, and the parts. */
    public record Ranked(int rank, Candidate candidate, double total, double coverage,
            List<Contribution> contributions, QualityScale.Quality quality) {

        public Optional<Contribution> contribution(Priority priority) {
            return contributions.stream().filter(c -> c.priority() == priority).findFirst();
        }
    }

    private DecisionRanking() {
    }

    /** The candidates best first; empty when no priority has any weight. */
    public static List<Ranked> rank(List<Candidate> candidates, Weights weights) {
        if (weights.total() == 0) {
            return List.of();
        }
        QualityScale quality = QualityScale.of(candidates);
        BigDecimal cheapest = candidates.stream()
            .map(Candidate::monthlyCost)
            .filter(cost -> cost != null && cost.isPriced())
            .map(Candidate.MonthlyCost::usd)
            .min(BigDecimal::compareTo)
            .orElse(null);
        record Row(Candidate candidate, double total, double coverage, List<Contribution> parts,
                QualityScale.Quality quality) {
        }
        List<Row> rows = new ArrayList<>();
        for (Candidate candidate : candidates) {
            QualityScale.Quality modelQuality = quality.quality(candidate).orElse(null);
            List<Scored> scores = new ArrayList<>();
            int weightWithData = 0;
            for (Priority priority : Priority.values()) {
                Scored score = weights.of(priority) == 0 ? null
                        : score(priority, candidate, cheapest, modelQuality, quality);
                scores.add(score);
                weightWithData += score != null && score.value() != null ? weights.of(priority) : 0;
            }
            // A priority without data moves its weight to the priorities with data: missing is never zero.
            List<Contribution> parts = new ArrayList<>();
            double total = 0;
            for (Priority priority : Priority.values()) {
                Scored score = scores.get(priority.ordinal());
                if (score == null) {
                    continue;
                }
                int weight = weights.of(priority);
                double points = score.value() == null ? 0 : weight * score.value() / weightWithData * 100;
                String basis = score.value() == null ? score.basis() + " — no data: its weight moves to the priorities "
                        + "with data" : score.basis();
                parts.add(new Contribution(priority, weight, score.value(), points, basis));
                total += points;
            }
            rows.add(new Row(candidate, total, (double) weightWithData / weights.total(), parts, modelQuality));
        }
        rows.sort(Comparator.comparingDouble(Row::total)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Row::coverage).reversed())
            .thenComparing(row -> row.candidate().name()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ranked.add(new Ranked(i + 1, row.candidate(), row.total(), row.coverage(), row.parts(), row.quality()));
        }
        return ranked;
    }

    private static Scored score(Priority priority, Candidate c, BigDecimal cheapest, QualityScale.Quality quality,
            QualityScale scale) {
        return switch (priority) {
            case COST -> cost(c, cheapest);
            case PRIVACY -> c.weightsDownloadable()
                    ? new Scored(1.0, "weights downloadable: it can run on your own infrastructure")
                    : new Scored(0.0, "vendor-hosted only: prompts and data go to the vendor's service");
            case CUSTOMIZATION -> customization(c);
            case TRANSPARENCY -> c.opennessScore() == null ? new Scored(null,
                    "too little evidence: fewer than half of its audit's criteria assessed")
                    : new Scored(c.opennessScore(), "openness score " + decimal(c.opennessScore()));
            case SUPPORT -> support(c);
            case QUALITY -> quality == null ? new Scored(null, "no benchmark score in the data set")
                    : new Scored(quality.value(), "on " + quality.benchmarks() + " benchmark"
                            + (quality.benchmarks() == 1 ? "" : "s") + ": average share " + decimal(quality.mean())
                            + ", pulled towards " + decimal(scale.average()));
            case LICENSE -> license(c);
        };
    }

    /** A priority's score for one model and the facts it rests on, in words. */
    private record Scored(Double value, String basis) {
    }

    private static Scored cost(Candidate c, BigDecimal cheapest) {
        Candidate.MonthlyCost cost = c.monthlyCost();
        if (cost == null || !cost.isPriced()) {
            return new Scored(null, cost == null ? "not priced" : cost.basis());
        }
        double score;
        if (cost.usd().signum() == 0) {
            score = 1;
        }
        else if (cheapest.signum() == 0) {
            score = 0;
        }
        else {
            score = cheapest.divide(cost.usd(), MathContext.DECIMAL64).doubleValue();
        }
        return new Scored(score, FORMATS.cents(cost.usd()) + " a month (" + cost.basis() + ")");
    }

    private static Scored customization(Candidate c) {
        if (c.fineTuningAvailable() == null) {
            return new Scored(null, "no source says whether it can be fine-tuned");
        }
        if (!c.fineTuningAvailable()) {
            return new Scored(0.0, "no fine-tuning offered");
        }
        return c.weightsDownloadable() ? new Scored(1.0, "fine-tune the downloaded weights yourself")
                : new Scored(0.5, "fine-tuning only through the vendor's service");
    }

    private static Scored support(Candidate c) {
        if (!c.weightsDownloadable()) {
            return new Scored(1.0, "run by its vendor as a service");
        }
        return c.apiAvailable() ? new Scored(0.5, "third parties host it; otherwise community support")
                : new Scored(0.0, "you host it yourself, with community support");
    }

    private static Scored license(Candidate c) {
        if (c.osiApprovedLicense()) {
            return new Scored(1.0, c.licenseName() + ": OSI-approved");
        }
        return c.weightsDownloadable() ? new Scored(0.5, c.licenseName() + ": a custom licence with conditions")
                : new Scored(0.0, c.licenseName() + ": vendor terms, no licence to the model");
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
