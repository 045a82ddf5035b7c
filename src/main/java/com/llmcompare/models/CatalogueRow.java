package com.llmcompare.models;

import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.openness.OpennessLevel;

import com.llmcompare.core.price.Price;

/**
 * One row of the model catalogue, with the model's cheapest current API price (or none) and the
 * price that one replaced, if the data set keeps it.
 */
public record CatalogueRow(LanguageModel model, Price cheapestPrice, Price previousPrice) {

    public OpennessLevel getOpenness() {
        return model.getOpennessLevel();
    }
}
