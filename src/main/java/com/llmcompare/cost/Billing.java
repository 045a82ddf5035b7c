package com.llmcompare.cost;

import java.math.BigDecimal;

/**
 * How a workload uses the billing options an API may offer, the same for every offer, in percent: the
 * share of input tokens read from the prompt cache, the shares written to it for 5 minutes and for 1 hour,
 * and the share of requests sent through the batch API. Every share defaults to 0 ("not used"), so a link
 * made before these options existed keeps its totals.
 */
public record Billing(BigDecimal cachedShare, BigDecimal cacheWriteShare, BigDecimal cacheWrite1hShare,
        BigDecimal batchShare) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Billing {
        Require.percentBetween(cachedShare, 0, 100, "cachedShare");
        Require.percentBetween(cacheWriteShare, 0, 100, "cacheWriteShare");
        Require.percentBetween(cacheWrite1hShare, 0, 100, "cacheWrite1hShare");
        Require.percentBetween(batchShare, 0, 100, "batchShare");
        if (cachedShare.add(cacheWriteShare).add(cacheWrite1hShare).compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("cacheWriteShare: cachedShare + cacheWriteShare + cacheWrite1hShare "
                    + "must not exceed 100 (a token is read from the cache, written to it, or neither)");
        }
    }

    /** Only a cached share, as the calculator had before the other options. */
    public static Billing cachedOnly(BigDecimal cachedShare) {
        return new Billing(cachedShare, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The share of input tokens billed at the plain input rate. */
    BigDecimal uncachedFraction() {
        return HUNDRED.subtract(cachedShare).subtract(cacheWriteShare).subtract(cacheWrite1hShare).divide(HUNDRED);
    }

    static BigDecimal fraction(BigDecimal percent) {
        return percent.divide(HUNDRED);
    }
}
