package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money to the cent, for the figures the CSV and JSON state rounded. The only place in this package that
 * rounds money: the arithmetic keeps every digit so that sums of small costs are not lost to rounding.
 * Writing money for people is {@link com.llmcompare.web.Formats}' job.
 */
public final class Money {

    private Money() {
    }

    /** The amount to the cent, half up. */
    public static BigDecimal cents(BigDecimal amount) {
        return Require.present(amount, "amount").setScale(2, RoundingMode.HALF_UP);
    }
}
