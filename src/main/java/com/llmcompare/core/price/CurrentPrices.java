package com.llmcompare.core.price;

import java.time.LocalDate;
import java.util.List;

/**
 * Which prices are current on a day. A price is current while it is valid and its model is not
 * retired; and among the imported prices of one model at one provider, only the one that started
 * last: two catalogues may each list a price as current, and the one that knows of a later change
 * (genai-prices' price from 2026-09-01) replaces the one stated before it (models.dev's snapshot).
 */
public final class CurrentPrices {

    private CurrentPrices() {
    }

    public static List<Price> on(List<Price> prices, LocalDate today) {
        List<Price> valid = prices.stream().filter(price -> price.isCurrentOn(today)).toList();
        return valid.stream().filter(price -> !replacedByALaterOne(price, valid)).toList();
    }

    private static boolean replacedByALaterOne(Price price, List<Price> valid) {
        return price.isFromCatalogue() && valid.stream()
            .anyMatch(other -> other != price && other.isFromCatalogue()
                    && other.getModel().getSlug().equals(price.getModel().getSlug())
                    && other.getProvider().equals(price.getProvider())
                    && PriceDates.earliest(other.getValidFrom()).isAfter(PriceDates.earliest(price.getValidFrom())));
    }
}
