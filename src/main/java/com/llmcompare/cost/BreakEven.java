package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The monthly token volume at which always-on self-hosting (a fixed monthly cost F) costs the
 * same as an API (a cost per token r at the workload's mix): V = F / r. Either a volume, above
 * which self-hosting is the cheaper, or the reason there is none.
 */
public sealed interface BreakEven permits BreakEven.AtVolume, BreakEven.Never {

    /** Break-even at {@code monthlyTokens} workload tokens a month (OpenAI tokenizer units). */
    record AtVolume(BigDecimal monthlyTokens) implements BreakEven {

        public AtVolume {
            Require.nonNegative(monthlyTokens, "monthlyTokens");
        }
    }

    /** No break-even, with a reason to show, such as "never: the API is free at this mix". */
    record Never(String reason) implements BreakEven {

        public Never {
            Require.present(reason, "reason");
        }
    }

    /** The volume, when there is one. */
    default Optional<BigDecimal> volume() {
        return this instanceof AtVolume atVolume ? Optional.of(atVolume.monthlyTokens()) : Optional.empty();
    }

    /**
     * Solves V = F / r for an always-on fixed cost against an API price.
     *
     * @param price the API's price, or {@code null} when it has none
     * @param mix the workload whose input:output mix sets the API's cost per token
     */
    static BreakEven solve(BigDecimal alwaysOnMonthly, ApiPrice price, Workload mix, BigDecimal tokenizerMultiplier,
            BigDecimal cachedSharePercent) {
        return solve(alwaysOnMonthly, price, mix, tokenizerMultiplier, Billing.cachedOnly(cachedSharePercent));
    }

    /** {@link #solve} with every billing option the workload uses (cache writes, batch share). */
    static BreakEven solve(BigDecimal alwaysOnMonthly, ApiPrice price, Workload mix, BigDecimal tokenizerMultiplier,
            Billing billing) {
        Require.nonNegative(alwaysOnMonthly, "alwaysOnMonthly");
        if (price == null) {
            return new Never("never: there is no API price to compare with");
        }
        Optional<BigDecimal> apiCostPerToken = ApiCostCalculator.costPerToken(mix, price, tokenizerMultiplier, billing);
        if (apiCostPerToken.isEmpty()) {
            return new Never("undefined: the workload has no tokens, so it has no input:output mix");
        }
        return atRate(alwaysOnMonthly, apiCostPerToken.get());
    }

    /**
     * Solves V = F / r for always-on hosting whose replica serves at most {@code monthlyCapacity}
     * workload tokens a month. When V lies beyond that capacity, the replica costs more per token than
     * the API even fully loaded (F / capacity > r), and so does every further replica: there is no
     * volume at which self-hosting is the cheaper. Within the capacity the answer is {@link #solve}'s.
     */
    static BreakEven solveWithin(BigDecimal monthlyCapacity, BigDecimal alwaysOnMonthly, ApiPrice price, Workload mix,
            BigDecimal tokenizerMultiplier, BigDecimal cachedSharePercent) {
        return solveWithin(monthlyCapacity, alwaysOnMonthly, price, mix, tokenizerMultiplier,
                Billing.cachedOnly(cachedSharePercent));
    }

    static BreakEven solveWithin(BigDecimal monthlyCapacity, BigDecimal alwaysOnMonthly, ApiPrice price, Workload mix,
            BigDecimal tokenizerMultiplier, Billing billing) {
        Require.positive(monthlyCapacity, "monthlyCapacity");
        BreakEven breakEven = solve(alwaysOnMonthly, price, mix, tokenizerMultiplier, billing);
        if (breakEven.volume().filter(volume -> volume.compareTo(monthlyCapacity) > 0).isPresent()) {
            return new Never("never: even fully loaded, self-hosting costs more per token than this API");
        }
        return breakEven;
    }

    /** Solves V = F / r for a fixed monthly cost and an API cost per token. */
    static BreakEven atRate(BigDecimal alwaysOnMonthly, BigDecimal apiCostPerToken) {
        Require.nonNegative(alwaysOnMonthly, "alwaysOnMonthly");
        Require.nonNegative(apiCostPerToken, "apiCostPerToken");
        if (apiCostPerToken.signum() == 0) {
            return new Never("never: the API is free at this mix");
        }
        return new AtVolume(alwaysOnMonthly.divide(apiCostPerToken, MathContext.DECIMAL128));
    }
}
