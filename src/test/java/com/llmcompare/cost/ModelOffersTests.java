package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.llmcompare.cost.CostReport.ApiOption;

/** One row per model on /cost: which offer the row shows, which fold under it, and the rows' order. */
class ModelOffersTests {

    private static ApiOption offer(String model, String priceId, String monthly, String contextWarning) {
        BigDecimal cost = new BigDecimal(monthly);
        return new ApiOption(model, model.toUpperCase(), priceId, "Provider " + priceId, priceId,
                ApiPrice.of(BigDecimal.ONE, BigDecimal.ONE), ApiPrice.of(BigDecimal.ONE, BigDecimal.ONE), BigDecimal.ONE,
                false, new ApiCost(cost, cost, null), null, null, null, "2025-01-01", null, "2025-01-01", null,
                List.of(), 8192, contextWarning, model + " — " + priceId, null);
    }

    @Test
    void eachModelShowsItsCheapestOfferAndFoldsTheOthersCheapestFirst() {
        List<ModelOffers> groups = ModelOffers.group(List.of(offer("a", "a1", "10", null), offer("b", "b1", "20", null),
                offer("a", "a2", "30", null), offer("b", "b2", "40", null), offer("a", "a3", "50", null)));

        assertThat(groups).extracting(g -> g.shown().priceId()).containsExactly("a1", "b1");
        assertThat(groups.get(0).others()).extracting(ApiOption::priceId).containsExactly("a2", "a3");
        assertThat(groups.get(1).others()).extracting(ApiOption::priceId).containsExactly("b2");
    }

    @Test
    void aCheaperOfferWhoseWindowCannotHoldARequestIsNotTheAnswer() {
        // a's 8K offer is cheapest but too small: its 32K offer shows, and a now ranks after b
        List<ModelOffers> groups = ModelOffers.group(List.of(offer("a", "a-8k", "10", "does not fit"),
                offer("b", "b1", "20", null), offer("a", "a-32k", "30", null)));

        assertThat(groups).extracting(g -> g.shown().priceId()).containsExactly("b1", "a-32k");
        assertThat(groups.get(1).others()).extracting(ApiOption::priceId).containsExactly("a-8k");
        assertThat(groups).allMatch(ModelOffers::fits);
    }

    @Test
    void aModelWithNoOfferThatFitsShowsItsCheapestWithTheWarning() {
        List<ModelOffers> groups = ModelOffers.group(List.of(offer("a", "a1", "10", "too long"),
                offer("a", "a2", "12", "too long")));

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.shown().priceId()).isEqualTo("a1");
            assertThat(g.fits()).isFalse();
            assertThat(g.others()).extracting(ApiOption::priceId).containsExactly("a2");
        });
    }

    @Test
    void noOffersNoRows() {
        assertThat(ModelOffers.group(List.of())).isEmpty();
    }
}
