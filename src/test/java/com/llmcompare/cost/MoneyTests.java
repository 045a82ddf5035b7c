package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTests {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void centsRoundHalfUp() {
        assertThat(Money.cents(n("0.005"))).isEqualTo(n("0.01"));
        assertThat(Money.cents(n("0.0049999"))).isEqualTo(n("0.00"));
        assertThat(Money.cents(n("2.675"))).isEqualTo(n("2.68"));
        assertThat(Money.cents(n("90"))).isEqualTo(n("90.00"));
    }

    @Test
    void rejectsMissingAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.cents(null)).withMessage("amount is required");
    }
}
