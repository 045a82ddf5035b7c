package com.llmcompare.cost;

import java.math.BigDecimal;

import com.llmcompare.core.cost.Precision;

/** How much GPU memory a self-hosted model takes and how many GPUs hold it, with the arithmetic shown. */
public interface MemoryPlan {

    BigDecimal parameters();

    Precision precision();

    /** GB (10^9 bytes) the replica needs. */
    BigDecimal memoryNeededGb();

    int gpusNeeded();

    /** The arithmetic as a sentence. */
    String working();
}
