package com.llmcompare.models;

import com.llmcompare.core.model.LanguageModel;

import java.util.List;
import java.util.Set;

import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.price.Price;

/** Everything the model page shows about one model; {@code currentPrices}: the ids of its current prices. */
public record ModelDetails(LanguageModel model, List<Score> scores, List<Price> prices, LanguageModel baseModel,
        List<LanguageModel> variants, Set<String> currentPrices) {

    public boolean isCurrent(Price price) {
        return currentPrices.contains(price.getId());
    }

    /** The model's own benchmark results (not systems built on it). */
    public List<Score> modelScores() {
        return scores.stream().filter(score -> score.getSystemName() == null).toList();
    }

    /** Results of systems built on the model (GPT-4 in the Reflexion agent): shown apart. */
    public List<Score> systemScores() {
        return scores.stream().filter(score -> score.getSystemName() != null).toList();
    }
}
