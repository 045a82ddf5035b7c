package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import com.llmcompare.core.cost.CostClaim;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.price.Price;
import com.llmcompare.cost.CostReport.ClaimCheck;
import com.llmcompare.cost.CostReport.ClaimSide;

/**
 * The articles' cost claims ("18x more for GPT-4 than the biggest Llama 2"), each worked out again from
 * the two prices it compares, at the claim's per-request workload: pure code, tested without Spring.
 */
final class CostClaimChecks {

    private CostClaimChecks() {
    }

    static ClaimCheck check(CostClaim claim) {
        Workload request = Workload.monthly(BigDecimal.valueOf(claim.getInputTokensPerRequest()),
                BigDecimal.valueOf(claim.getOutputTokensPerRequest()));
        ClaimSide numerator = side(claim.getNumeratorPrice(), request);
        ClaimSide denominator = side(claim.getDenominatorPrice(), request);
        return new ClaimCheck(claim.getId(), claim.getClaim(), claim.getContext(), claim.getSourceId(),
                claim.getClaimedRatio(), claim.getInputTokensPerRequest(), claim.getOutputTokensPerRequest(), numerator,
                denominator, numerator.costPerRequest().divide(denominator.costPerRequest(), MathContext.DECIMAL128),
                numerator.costPerRequestAtOneToOne()
                    .divide(denominator.costPerRequestAtOneToOne(), MathContext.DECIMAL128),
                claim.getCounterpartValue(), claim.getCounterpartSourceId(), claim.getCounterpartQuote(),
                claim.getExplanation(), claim.getExplanationSourceIds());
    }

    private static ClaimSide side(Price price, Workload request) {
        LanguageModel model = price.getModel();
        ApiPrice apiPrice = ApiPrice.from(price);
        BigDecimal multiplier = model.getTokenizerMultiplier() != null ? model.getTokenizerMultiplier()
                : BigDecimal.ONE;
        return new ClaimSide(model.getName(), price.getProvider(), price.getOffer(), price.getInputPerThousand(),
                price.getOutputPerThousand(), price.getValidFrom(), price.getValidUntil(), multiplier,
                ApiCostCalculator.monthlyCost(request, apiPrice, multiplier, BigDecimal.ZERO).monthly(),
                ApiCostCalculator.monthlyCost(request, apiPrice, BigDecimal.ONE, BigDecimal.ZERO).monthly(),
                List.copyOf(price.getSourceIds()));
    }
}
