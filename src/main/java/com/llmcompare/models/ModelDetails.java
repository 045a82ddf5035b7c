package com.llmcompare.models;

import com.llmcompare.core.model.LanguageModel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.llmcompare.core.benchmark.BestScore;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.model.Lifecycle;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;

/** Everything the model page shows about one model; {@code offers}: which of its prices are current today. */
public record ModelDetails(LanguageModel model, List<Score> scores, List<Price> prices, LanguageModel baseModel,
        List<LanguageModel> variants, Offers offers) {

    public boolean isCurrent(Price price) {
        return offers.isCurrent(price);
    }

    public Lifecycle lifecycle() {
        return offers.lifecycle();
    }

    /**
     * The model's own benchmark results (not systems built on it): headline benchmarks first, then by
     * benchmark name, the row shown as the model's score on each benchmark ({@link BestScore}) first.
     */
    public List<Score> modelScores() {
        Map<String, Score> best = bestScores();
        return scores.stream()
            .filter(score -> score.getSystemName() == null)
            .sorted(Comparator.comparing((Score s) -> !s.getBenchmark().isHeadline())
                .thenComparing(s -> s.getBenchmark().getName())
                .thenComparing(s -> best.get(s.getBenchmark().getSlug()) != s))
            .toList();
    }

    /** The score shown for each benchmark: the best independent row (else the best self-reported one). */
    public Map<String, Score> bestScores() {
        return BestScore.byBenchmark(scores.stream().filter(score -> score.getSystemName() == null).toList());
    }

    /** Results of systems built on the model (GPT-4 in the Reflexion agent): shown apart. */
    public List<Score> systemScores() {
        return scores.stream().filter(score -> score.getSystemName() != null).toList();
    }
}
