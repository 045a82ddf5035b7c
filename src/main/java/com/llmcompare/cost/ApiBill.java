package com.llmcompare.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a month of a workload costs at one API offer, line by line, in USD: the input at its plain rate,
 * the cache reads, the cache writes, the output (the reasoning tokens' part of it said apart), the fees per
 * request and the batch discount taken off. {@code notes} say where an option could not be applied as the
 * user asked and why (an offer without a 1-hour cache, without a batch API, a tier the monthly form cannot
 * place).
 *
 * @param tier the long-context tier every request pays, {@code null} for the base rates
 */
public record ApiBill(BigDecimal input, BigDecimal cachedReads, BigDecimal cacheWrites, BigDecimal output,
        BigDecimal reasoning, BigDecimal requestFees, BigDecimal batchSaving, ApiPrice.Tier tier, List<String> notes,
        ApiCost cost) {

    public ApiBill {
        notes = List.copyOf(notes);
    }

    public BigDecimal monthly() {
        return cost.monthly();
    }

    /** Whether any line beyond plain input and output is in the bill, so the page says how it was made up. */
    public boolean hasDetail() {
        return cachedReads.signum() != 0 || cacheWrites.signum() != 0 || reasoning.signum() != 0
                || requestFees.signum() != 0 || batchSaving.signum() != 0 || tier != null || !notes.isEmpty();
    }
}
