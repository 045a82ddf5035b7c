package com.llmcompare.cost;

import java.math.BigDecimal;
import java.util.List;

import com.llmcompare.core.price.Price;

/**
 * An API offer's rates in USD per 1M tokens, with every billing dimension its source states: the cached
 * input (read) rate, the 5-minute and 1-hour cache-write rates, a fee per request, long-context tiers and
 * the provider's batch discount. A {@code null} rate is one the offer does not have.
 *
 * @param requestFee USD per request on top of the tokens, or {@code null}
 * @param tiers lowest threshold first; empty for a flat price
 * @param batch the provider's batch API terms, or {@code null} when the data set knows of none
 */
public record ApiPrice(BigDecimal inputPer1M, BigDecimal outputPer1M, BigDecimal cachedInputPer1M,
        BigDecimal cacheWritePer1M, BigDecimal cacheWrite1hPer1M, BigDecimal requestFee, List<Tier> tiers,
        Batch batch) {

    public ApiPrice {
        Require.nonNegative(inputPer1M, "inputPrice");
        Require.nonNegative(outputPer1M, "outputPrice");
        optional(cachedInputPer1M, "cachedInputPrice");
        optional(cacheWritePer1M, "cacheWritePrice");
        optional(cacheWrite1hPer1M, "cacheWrite1hPrice");
        optional(requestFee, "requestFee");
        tiers = List.copyOf(tiers);
    }

    private static void optional(BigDecimal rate, String field) {
        if (rate != null) {
            Require.nonNegative(rate, field);
        }
    }

    public ApiPrice(BigDecimal inputPer1M, BigDecimal outputPer1M, BigDecimal cachedInputPer1M) {
        this(inputPer1M, outputPer1M, cachedInputPer1M, null, null, null, List.of(), null);
    }

    public static ApiPrice of(BigDecimal inputPer1M, BigDecimal outputPer1M) {
        return new ApiPrice(inputPer1M, outputPer1M, null);
    }

    /** A sourced per-token price with all its rates per 1M tokens: the one reading of a price for costing. */
    public static ApiPrice from(Price price) {
        List<Tier> tiers = price.getTiers()
            .stream()
            .map(t -> new Tier(t.getAboveTokens(), price.perMillionOrNull(t.getInput()),
                    price.perMillionOrNull(t.getOutput()), price.perMillionOrNull(t.getCachedInput()),
                    price.perMillionOrNull(t.getCacheWrite()), price.perMillionOrNull(t.getCacheWrite1h())))
            .toList();
        Batch batch = price.getBatchDiscountPercent() == null ? null
                : new Batch(price.getBatchDiscountPercent(), price.getBatchTurnaround(), price.getBatchSourceId());
        return new ApiPrice(price.getInputPerMillion(), price.getOutputPerMillion(), price.getCachedInputPerMillion(),
                price.perMillionOrNull(price.getCacheWrite()), price.perMillionOrNull(price.getCacheWrite1h()),
                price.getRequestFee(), tiers, batch);
    }

    /**
     * A long-context tier: a request with more than {@code aboveTokens} input tokens (in the model's own
     * tokens) pays these rates for all its tokens of each kind; a {@code null} rate keeps the base one.
     */
    public record Tier(long aboveTokens, BigDecimal inputPer1M, BigDecimal outputPer1M, BigDecimal cachedInputPer1M,
            BigDecimal cacheWritePer1M, BigDecimal cacheWrite1hPer1M) {
    }

    /** A provider's batch API: {@code discountPercent} off every token rate, results within {@code turnaround}. */
    public record Batch(BigDecimal discountPercent, String turnaround, String sourceId) {
    }

    /** The rates one request pays, and the tier they come from ({@code null} for the base rates). */
    record Rates(BigDecimal input, BigDecimal output, BigDecimal cachedInput, BigDecimal cacheWrite,
            BigDecimal cacheWrite1h, Tier tier) {
    }

    Rates base() {
        return new Rates(inputPer1M, outputPer1M, cachedInputPer1M, cacheWritePer1M, cacheWrite1hPer1M, null);
    }

    /** The rates of a request with {@code inputTokens} of the model's own input tokens: its highest tier passed. */
    Rates forRequest(BigDecimal inputTokens) {
        Tier reached = null;
        for (Tier tier : tiers) {
            if (inputTokens.compareTo(BigDecimal.valueOf(tier.aboveTokens())) > 0) {
                reached = tier;
            }
        }
        if (reached == null) {
            return base();
        }
        return new Rates(or(reached.inputPer1M(), inputPer1M), or(reached.outputPer1M(), outputPer1M),
                or(reached.cachedInputPer1M(), cachedInputPer1M), or(reached.cacheWritePer1M(), cacheWritePer1M),
                or(reached.cacheWrite1hPer1M(), cacheWrite1hPer1M), reached);
    }

    private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
        return value != null ? value : fallback;
    }

    /**
     * This price with the user's overrides ({@code inputPrice.{slug}}, {@code outputPrice.{slug}})
     * applied; a {@code null} override keeps the sourced figure. The other rates stay as sourced, since
     * the user did not say anything about them.
     */
    public ApiPrice withOverrides(BigDecimal inputOverride, BigDecimal outputOverride) {
        return new ApiPrice(inputOverride != null ? inputOverride : inputPer1M,
                outputOverride != null ? outputOverride : outputPer1M, cachedInputPer1M, cacheWritePer1M,
                cacheWrite1hPer1M, requestFee, tiers, batch);
    }
}
