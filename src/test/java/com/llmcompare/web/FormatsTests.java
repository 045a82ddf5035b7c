package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The one formatter: numbers and money as every page, chart and message writes them. */
class FormatsTests {

    private final Formats formats = new Formats();

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void centsShowThousandsSeparatorsAndRoundHalfUp() {
        assertThat(formats.cents(n("1234567.891"))).isEqualTo("$1,234,567.89");
        assertThat(formats.cents(BigDecimal.ZERO)).isEqualTo("$0.00");
        assertThat(formats.cents(n("0.004"))).isEqualTo("$0.00");
        assertThat(formats.cents(n("2.675"))).isEqualTo("$2.68");
    }

    @Test
    void usdPreciseKeepsTwoSignificantDigitsUnderACent() {
        assertThat(formats.usdPrecise(n("0.0023456"))).isEqualTo("$0.0023");
        assertThat(formats.usdPrecise(n("0.00396"))).isEqualTo("$0.004");
        assertThat(formats.usdPrecise(n("0.021"))).isEqualTo("$0.02");
        assertThat(formats.usdPrecise(n("12.345"))).isEqualTo("$12.35");
        assertThat(formats.usdPrecise(BigDecimal.ZERO)).isEqualTo("$0.00");
    }

    @Test
    void aPriceKeepsTheDecimalsItNeeds() {
        assertThat(formats.usd(n("30"))).isEqualTo("$30");
        assertThat(formats.usd(n("0.0015"))).isEqualTo("$0.0015");
        assertThat(formats.usd(n("2.5"))).isEqualTo("$2.50");
    }

    @Test
    void countsPerRequestCostsMultiplesAndRatios() {
        assertThat(formats.tokens(n("15218750.4"))).isEqualTo("15,218,750");
        assertThat(formats.usdPerRequest(n("0.0014285"))).isEqualTo("$0.001429");
        assertThat(formats.usdPerRequest(n("1.5"))).isEqualTo("$1.50");
        assertThat(formats.number(n("1.19"), 3)).isEqualTo("1.19");
        assertThat(formats.multiple(n("2"))).isEqualTo("2.00×");
        assertThat(formats.moreOrLess(n("1.10"))).isEqualTo("10% more");
        assertThat(formats.moreOrLess(n("0.752"))).isEqualTo("25% less");
        assertThat(formats.moreOrLess(BigDecimal.ONE)).isEqualTo("the same");
        assertThat(formats.grouped(8192)).isEqualTo("8,192");
        assertThat(formats.count(70e9)).isEqualTo("70B");
    }

    @Test
    void shortFormsOfTokensAndDollars() {
        assertThat(formats.compact(1000)).isEqualTo("1K");
        assertThat(formats.compact(189_100_000)).isEqualTo("189M");
        assertThat(formats.compact(2.5e12)).isEqualTo("2.5T");
        assertThat(formats.compactUsd(0.01)).isEqualTo("$0.01");
        assertThat(formats.compactUsd(0.001)).isEqualTo("$0.001");
        assertThat(formats.compactUsd(100)).isEqualTo("$100");
        assertThat(formats.compactUsd(10000)).isEqualTo("$10K");
    }

    @Test
    void missingIsMissingNeverZero() {
        assertThat(formats.usd(null)).isNull();
        assertThat(formats.cents(null)).isNull();
        assertThat(formats.tokens(null)).isNull();
        assertThat(formats.compact((BigDecimal) null)).isNull();
    }
}
