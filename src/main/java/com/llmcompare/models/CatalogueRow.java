package com.llmcompare.models;

import java.math.BigDecimal;

import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.price.TokenMix;

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
public record CatalogueRow(LanguageModel model, Offers offers, Price cheapestPrice, Price previousPrice,
        Price blendedOffer, BigDecimal blendedPrice, Score quality) {

    /**
     * @param quality the model's shown score on the capabilities index, or null
     */
    static CatalogueRow of(LanguageModel model, Offers offers, List<Price> modelPrices, TokenMix mix, Score quality) {
        Price cheapest = offers.cheapest().orElse(null);
        Price previous = cheapest == null ? null : Offers.replacedBy(cheapest, modelPrices).orElse(null);
        Price blended = offers.lifecycle().isRetired() ? null : offers.cheapestAt(mix).orElse(null);
        return new CatalogueRow(model, offers, cheapest, previous, blended,
                blended == null ? null : mix.perMillion(blended).orElseThrow(), quality);
    }

    public Lifecycle lifecycle() {
        return offers.lifecycle();
    }

    public OpennessLevel getOpenness() {
        return model.getOpennessLevel();
    }
}
