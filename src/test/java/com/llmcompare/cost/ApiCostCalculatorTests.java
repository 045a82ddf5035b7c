package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiCostCalculatorTests {

    private static final BigDecimal NO_MULTIPLIER = BigDecimal.ONE;

    private static final BigDecimal NOTHING_CACHED = BigDecimal.ZERO;

    /** GPT-4 8K: $0.03 / $0.06 per 1K tokens. */
    private static final ApiPrice GPT_4_8K = ApiPrice.of(new BigDecimal("30"), new BigDecimal("60"));

    /** GPT-4 32K: $0.06 / $0.12 per 1K tokens. */
    private static final ApiPrice GPT_4_32K = ApiPrice.of(new BigDecimal("60"), new BigDecimal("120"));

    private static final Workload ONE_MILLION_EACH = Workload.monthly(new BigDecimal("1000000"),
            new BigDecimal("1000000"));

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal monthly(Workload workload, ApiPrice price) {
        return ApiCostCalculator.monthlyCost(workload, price, NO_MULTIPLIER, NOTHING_CACHED).monthly();
    }

    @Test
    void gpt4With8kContextCosts90DollarsForAMillionTokensEachWay() {
        assertThat(Money.cents(monthly(ONE_MILLION_EACH, GPT_4_8K))).isEqualTo(n("90.00"));
        assertThat(new com.llmcompare.web.Formats().cents(monthly(ONE_MILLION_EACH, GPT_4_8K))).isEqualTo("$90.00");
    }

    @Test
    void gpt4With32kContextCosts180DollarsForAMillionTokensEachWay() {
        assertThat(Money.cents(monthly(ONE_MILLION_EACH, GPT_4_32K))).isEqualTo(n("180.00"));
    }

    @Test
    void perRequestAndPerDayFormsAgreeWithTheMonthlyForm() {
        Workload perRequest = Workload.perRequest(n("1000"), n("500"), n("100"));
        Workload monthly = Workload.monthly(n("15218750"), n("3043750"));

        ApiCost fromRequests = ApiCostCalculator.monthlyCost(perRequest, GPT_4_8K, NO_MULTIPLIER, NOTHING_CACHED);
        ApiCost fromMonth = ApiCostCalculator.monthlyCost(monthly, GPT_4_8K, NO_MULTIPLIER, NOTHING_CACHED);

        // 15,218,750 × $30/1M + 3,043,750 × $60/1M = 456.5625 + 182.625
        assertThat(fromRequests.monthly()).isEqualByComparingTo("639.1875").isEqualByComparingTo(fromMonth.monthly());
        // One request: 500 × $30/1M + 100 × $60/1M
        assertThat(fromRequests.perRequest()).isEqualByComparingTo("0.021");
        assertThat(fromRequests.perRequest().multiply(n("1000")).multiply(Workload.DAYS_PER_MONTH))
                .isEqualByComparingTo(fromRequests.monthly());
        assertThat(fromRequests.perDay()).isEqualByComparingTo("21").isEqualByComparingTo(fromMonth.perDay());
        assertThat(fromRequests.perDay().multiply(Workload.DAYS_PER_MONTH)).isEqualByComparingTo(fromMonth.monthly());
    }

    @Test
    void perRequestCostOnlyWhenThereAreRequests() {
        assertThat(ApiCostCalculator.monthlyCost(ONE_MILLION_EACH, GPT_4_8K, NO_MULTIPLIER, NOTHING_CACHED)
                .hasPerRequest()).isFalse();
        ApiCost noRequests = ApiCostCalculator.monthlyCost(Workload.perRequest(BigDecimal.ZERO, n("500"), n("100")),
                GPT_4_8K, NO_MULTIPLIER, NOTHING_CACHED);
        assertThat(noRequests.perRequest()).isNull();
        assertThat(noRequests.monthly()).isZero();
    }

    @Test
    void halfCachedAtHalfPriceCutsTheInputPartByAQuarter() {
        ApiPrice price = new ApiPrice(n("2.50"), n("10"), n("1.25"));
        Workload inputOnly = Workload.monthly(n("1000000"), BigDecimal.ZERO);

        BigDecimal uncached = ApiCostCalculator.monthlyCost(inputOnly, price, NO_MULTIPLIER, BigDecimal.ZERO).monthly();
        BigDecimal halfCached = ApiCostCalculator.monthlyCost(inputOnly, price, NO_MULTIPLIER, n("50")).monthly();

        assertThat(uncached).isEqualByComparingTo("2.50");
        assertThat(halfCached).isEqualByComparingTo(uncached.multiply(n("0.75")));
    }

    @Test
    void cachedShareLeavesOutputAlone() {
        ApiPrice price = new ApiPrice(n("2.50"), n("10"), n("1.25"));
        Workload outputOnly = Workload.monthly(BigDecimal.ZERO, n("1000000"));

        assertThat(ApiCostCalculator.monthlyCost(outputOnly, price, NO_MULTIPLIER, n("100")).monthly())
                .isEqualByComparingTo("10");
    }

    @Test
    void cachedShareIsBilledAtTheNormalInputPriceWhenThereIsNoCachedPrice() {
        BigDecimal allCached = ApiCostCalculator.monthlyCost(ONE_MILLION_EACH, GPT_4_8K, NO_MULTIPLIER, n("100"))
                .monthly();

        assertThat(allCached).isEqualByComparingTo("90");
    }

    @Test
    void priceOverridesReplaceTheSourcedPrice() {
        ApiPrice overridden = GPT_4_8K.withOverrides(n("10"), null);

        assertThat(monthly(ONE_MILLION_EACH, overridden)).isEqualByComparingTo("70");
        assertThat(monthly(ONE_MILLION_EACH, GPT_4_8K.withOverrides(null, n("20")))).isEqualByComparingTo("50");
    }

    @Test
    void tokenizerMultiplierScalesBothTokenCounts() {
        // Llama 2 needs about 19% more tokens than OpenAI's tokenizer for the same text.
        BigDecimal llama2 = ApiCostCalculator.monthlyCost(ONE_MILLION_EACH, GPT_4_8K, n("1.19"), NOTHING_CACHED)
                .monthly();

        assertThat(llama2).isEqualByComparingTo("107.10");
        assertThat(ApiCostCalculator.monthlyCost(Workload.monthly(n("1000000"), BigDecimal.ZERO), GPT_4_8K,
                n("1.19"), NOTHING_CACHED).monthly()).isEqualByComparingTo("35.70");
        assertThat(ApiCostCalculator.monthlyCost(Workload.monthly(BigDecimal.ZERO, n("1000000")), GPT_4_8K,
                n("1.19"), NOTHING_CACHED).monthly()).isEqualByComparingTo("71.40");
    }

    @Test
    void multiplierAndCacheCombine() {
        ApiPrice price = new ApiPrice(n("2"), n("8"), n("0.5"));
        // input: 1M × 1.19 × (0.6 × 2 + 0.4 × 0.5) = 1.666; output: 1M × 1.19 × 8 = 9.52
        assertThat(ApiCostCalculator.monthlyCost(ONE_MILLION_EACH, price, n("1.19"), n("40")).monthly())
                .isEqualByComparingTo("11.186");
    }

    @Test
    void costIsMonotonicInVolume() {
        BigDecimal previous = BigDecimal.ZERO;
        for (BigDecimal tokens = BigDecimal.ONE; tokens.compareTo(n("1E13")) <= 0; tokens = tokens.multiply(n("7"))) {
            BigDecimal cost = ApiCostCalculator.monthlyCost(Workload.monthly(tokens, tokens.divide(n("4"))),
                    new ApiPrice(n("2.5"), n("10"), n("1.25")), n("1.19"), n("30")).monthly();
            assertThat(cost).isGreaterThan(previous);
            previous = cost;
        }
    }

    @Test
    void costPerTokenAtTheWorkloadMixTimesVolumeIsTheMonthlyCost() {
        ApiPrice price = new ApiPrice(n("2.5"), n("10"), n("1.25"));
        Workload workload = Workload.monthly(n("3000000"), n("1000000"));

        BigDecimal perToken = ApiCostCalculator.costPerToken(workload, price, n("1.19"), n("20")).orElseThrow();
        BigDecimal monthly = ApiCostCalculator.monthlyCost(workload, price, n("1.19"), n("20")).monthly();

        assertThat(perToken.multiply(workload.totalTokens())).isEqualByComparingTo(monthly);
        assertThat(ApiCostCalculator.costPerToken(Workload.monthly(BigDecimal.ZERO, BigDecimal.ZERO), price,
                BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void roundsToCentsOnlyForDisplay() {
        Workload oneToken = Workload.monthly(BigDecimal.ONE, BigDecimal.ZERO);
        BigDecimal cost = monthly(oneToken, GPT_4_8K);

        assertThat(cost).isEqualByComparingTo("0.00003");
        assertThat(Money.cents(cost)).isEqualTo(n("0.00"));
        // A thousand requests a day at under half a cent each add up to $3.96 a day, which rounding
        // each request to the cent first would lose.
        ApiCost perRequest = ApiCostCalculator.monthlyCost(Workload.perRequest(n("1000"), n("100"), n("16")),
                GPT_4_8K, NO_MULTIPLIER, NOTHING_CACHED);
        assertThat(perRequest.perRequest()).isEqualByComparingTo("0.00396");
        assertThat(Money.cents(perRequest.perDay())).isEqualTo(n("3.96"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1", "-0.001", "100.001", "101" })
    void rejectsCachedShareOutsideZeroToHundred(String share) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiCostCalculator.monthlyCost(ONE_MILLION_EACH, GPT_4_8K, NO_MULTIPLIER, n(share)))
                .withMessageContaining("cachedShare").withMessageContaining("between 0 and 100");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiCostCalculator.costPerToken(ONE_MILLION_EACH, GPT_4_8K, NO_MULTIPLIER, n(share)))
                .withMessageContaining("cachedShare");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "100" })
    void acceptsCachedShareAtTheBounds(String share) {
        assertThat(ApiCostCalculator.monthlyCost(ONE_MILLION_EACH, GPT_4_8K, NO_MULTIPLIER, n(share)).monthly())
                .isEqualByComparingTo("90");
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1.19", "0" })
    void rejectsATokenizerMultiplierThatIsNotPositive(String multiplier) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiCostCalculator.monthlyCost(ONE_MILLION_EACH, GPT_4_8K, n(multiplier), NOTHING_CACHED))
                .withMessageContaining("tokenizerMultiplier");
    }

    @Test
    void rejectsMissingArguments() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiCostCalculator.monthlyCost(ONE_MILLION_EACH, GPT_4_8K, null, NOTHING_CACHED))
                .withMessage("tokenizerMultiplier is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiCostCalculator.monthlyCost(ONE_MILLION_EACH, GPT_4_8K, NO_MULTIPLIER, null))
                .withMessage("cachedShare is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiCostCalculator.monthlyCost(ONE_MILLION_EACH, null, NO_MULTIPLIER, NOTHING_CACHED))
                .withMessage("price is required");
    }
}
