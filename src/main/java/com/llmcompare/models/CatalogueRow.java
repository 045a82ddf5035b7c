package com.llmcompare.models;

import java.util.List;

import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.Lifecycle;
import com.llmcompare.core.openness.OpennessLevel;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;

/**
 * One row of the model catalogue: the model, its offers and lifecycle today, its cheapest current API price (or
 * none) and the price that one replaced, if the data set keeps it.
 */
public record CatalogueRow(LanguageModel model, Offers offers, Price cheapestPrice, Price previousPrice) {

    static CatalogueRow of(LanguageModel model, Offers offers, List<Price> modelPrices) {
        Price cheapest = offers.cheapest().orElse(null);
        Price previous = cheapest == null ? null : Offers.replacedBy(cheapest, modelPrices).orElse(null);
        return new CatalogueRow(model, offers, cheapest, previous);
    }

    public Lifecycle lifecycle() {
        return offers.lifecycle();
    }

    public OpennessLevel getOpenness() {
        return model.getOpennessLevel();
    }
}
