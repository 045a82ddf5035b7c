package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every billing dimension, worked by hand: long-context tiers, cache reads and writes (5-minute and
 * 1-hour), the batch discount, reasoning tokens billed as output, and fees per request. The rates are
 * those of today's data set (Claude Sonnet 4.5 at Anthropic in genai-prices: $3 / $15, cache read $0.30,
 * writes $3.75 and $6; above 200,000 input tokens a request $6 / $22.50, read $0.60, writes $7.50 and $12).
 */
class ApiBillTests {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static final ApiPrice.Batch HALF_OFF = new ApiPrice.Batch(n("50"), "24 hours", "anthropic-batch");

    private static final ApiPrice SONNET_4_5 = new ApiPrice(n("3"), n("15"), n("0.3"), n("3.75"), n("6"), null,
            List.of(new ApiPrice.Tier(200_000, n("6"), n("22.5"), n("0.6"), n("7.5"), n("12"))), HALF_OFF);

    /** GPT-5-like: $1.25 / $10, reads $0.125, no write rate (OpenAI's caching bills writes as input), no batch. */
    private static final ApiPrice NO_WRITES = new ApiPrice(n("1.25"), n("10"), n("0.125"));

    private static final Billing NOTHING = Billing.cachedOnly(BigDecimal.ZERO);

    private static ApiBill bill(Workload workload, ApiPrice price, Billing billing) {
        return ApiCostCalculator.bill(workload, price, BigDecimal.ONE, billing);
    }

    @Test
    void aRequestOverTheTiersThresholdPaysTheTiersRatesForAllItsTokens() {
        // 10 requests a day × 30.4375 days = 304.375 requests of 250,000 in and 1,000 out
        Workload long250k = Workload.perRequest(n("10"), n("250000"), n("1000"));
        ApiBill bill = bill(long250k, SONNET_4_5, NOTHING);

        // 76,093,750 × $6 + 304,375 × $22.50 per 1M = $456.5625 + $6.8484375
        assertThat(bill.input()).isEqualByComparingTo("456.5625");
        assertThat(bill.output()).isEqualByComparingTo("6.8484375");
        assertThat(bill.monthly()).isEqualByComparingTo("463.4109375");
        assertThat(bill.tier().aboveTokens()).isEqualTo(200_000);
        assertThat(bill.notes()).singleElement().asString().contains("more than 200,000 input tokens");
        // 150,000 a request stays at the base rates: 45,656,250 × $3 + 304,375 × $15 per 1M
        ApiBill base = bill(Workload.perRequest(n("10"), n("150000"), n("1000")), SONNET_4_5, NOTHING);
        assertThat(base.monthly()).isEqualByComparingTo("141.534375");
        assertThat(base.tier()).isNull();
        // exactly 200,000 is not "more than"
        assertThat(bill(Workload.perRequest(n("1"), n("200000"), n("0")), SONNET_4_5, NOTHING).tier()).isNull();
    }

    @Test
    void theThresholdIsCountedInTheModelsOwnTokens() {
        // 190,000 OpenAI tokens × 1.19 = 226,100 of the model's own: over 200,000
        ApiBill bill = ApiCostCalculator.bill(Workload.perRequest(n("1"), n("190000"), n("0")), SONNET_4_5, n("1.19"),
                NOTHING);
        assertThat(bill.tier()).isNotNull();
        // 30.4375 × 226,100 = 6,881,918.75 tokens × $6 per 1M
        assertThat(bill.monthly()).isEqualByComparingTo("41.2915125");
    }

    @Test
    void aMonthlyWorkloadCannotPlaceATierAndSaysSo() {
        ApiBill bill = bill(Workload.monthly(n("10000000"), n("1000000")), SONNET_4_5, NOTHING);
        assertThat(bill.tier()).isNull();
        assertThat(bill.monthly()).isEqualByComparingTo("45");
        assertThat(bill.notes()).singleElement().asString().contains("base rates", "per request");
    }

    @Test
    void fortyPercentCachedWithAOneHourWriteShare() {
        // 10M input: 40% plain × $3 = $12, 40% read × $0.30 = $1.20, 20% written for 1 hour × $6 = $12;
        // 1M output × $15 = $15
        Billing billing = new Billing(n("40"), BigDecimal.ZERO, n("20"), BigDecimal.ZERO);
        ApiBill bill = bill(Workload.monthly(n("10000000"), n("1000000")), flat(SONNET_4_5), billing);

        assertThat(bill.input()).isEqualByComparingTo("12");
        assertThat(bill.cachedReads()).isEqualByComparingTo("1.2");
        assertThat(bill.cacheWrites()).isEqualByComparingTo("12");
        assertThat(bill.output()).isEqualByComparingTo("15");
        assertThat(bill.monthly()).isEqualByComparingTo("40.2");
        // 5-minute writes instead: 20% × 10M × $3.75 = $7.50
        Billing fiveMinutes = new Billing(n("40"), n("20"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(bill(Workload.monthly(n("10000000"), n("1000000")), flat(SONNET_4_5), fiveMinutes).monthly())
            .isEqualByComparingTo("35.7");
    }

    @Test
    void anOfferWithoutAWriteRateBillsWritesAsPlainInputAndSaysSoForOneHour() {
        Billing billing = new Billing(BigDecimal.ZERO, n("30"), n("20"), BigDecimal.ZERO);
        ApiBill bill = bill(Workload.monthly(n("10000000"), BigDecimal.ZERO), NO_WRITES, billing);

        // all 10M at $1.25 whatever the writes: $12.50
        assertThat(bill.monthly()).isEqualByComparingTo("12.5");
        assertThat(bill.cacheWrites()).isEqualByComparingTo("6.25");
        assertThat(bill.notes()).singleElement().asString().startsWith("No 1-hour cache");
    }

    @Test
    void theBatchShareOfTheTokensAtTheProvidersDiscount() {
        Workload month = Workload.monthly(n("10000000"), n("1000000"));
        // $30 + $15 = $45; all of it through the batch API at 50% off: $22.50; half of it: $33.75
        assertThat(bill(month, flat(SONNET_4_5), new Billing(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, n("100")))
            .monthly()).isEqualByComparingTo("22.5");
        ApiBill half = bill(month, flat(SONNET_4_5), new Billing(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, n("50")));
        assertThat(half.batchSaving()).isEqualByComparingTo("11.25");
        assertThat(half.monthly()).isEqualByComparingTo("33.75");
        assertThat(half.notes()).singleElement().asString().isEqualTo("50% off the batch share's tokens (turnaround: 24 hours).");
        // a provider the data set knows no batch API of is billed at standard rates, and says so
        ApiBill none = bill(month, NO_WRITES, new Billing(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, n("100")));
        assertThat(none.monthly()).isEqualByComparingTo("22.5");
        assertThat(none.batchSaving()).isZero();
        assertThat(none.notes()).singleElement().asString().startsWith("No batch API");
    }

    @Test
    void reasoningTokensAreBilledAsOutput() {
        // 1,000 a day × 30.4375 = 30,437.5 requests of 500 in, 200 out and 800 reasoning
        Workload workload = Workload.perRequest(n("1000"), n("500"), n("200"), n("800"));
        ApiBill bill = bill(workload, NO_WRITES, NOTHING);

        assertThat(workload.reasoningTokens()).isEqualByComparingTo("24350000");
        assertThat(workload.outputTokens()).isEqualByComparingTo("30437500");
        // 15,218,750 × $1.25 + 30,437,500 × $10 per 1M, of which 24,350,000 × $10 = $243.50 is reasoning
        assertThat(bill.input()).isEqualByComparingTo("19.0234375");
        assertThat(bill.output()).isEqualByComparingTo("60.875");
        assertThat(bill.reasoning()).isEqualByComparingTo("243.5");
        assertThat(bill.monthly()).isEqualByComparingTo("323.3984375");
        // left out, the estimate is 4.1 times too low
        assertThat(bill(Workload.perRequest(n("1000"), n("500"), n("200")), NO_WRITES, NOTHING).monthly())
            .isEqualByComparingTo("79.8984375");
    }

    @Test
    void aFeePerRequestIsCountedPerRequestAndNamedWhenTheFormCannotCountIt() {
        // Perplexity-style: $12 per 1,000 requests on top of $1 / $1 per 1M tokens
        ApiPrice withFee = new ApiPrice(n("1"), n("1"), null, null, null, n("0.012"), List.of(), null);
        ApiBill perRequest = bill(Workload.perRequest(n("1000"), n("500"), n("200")), withFee, NOTHING);
        // 30,437.5 × $0.012 = $365.25; tokens 21,306,250 × $1 per 1M = $21.30625
        assertThat(perRequest.requestFees()).isEqualByComparingTo("365.25");
        assertThat(perRequest.monthly()).isEqualByComparingTo("386.55625");
        ApiBill monthly = bill(Workload.monthly(n("1000000"), n("1000000")), withFee, NOTHING);
        assertThat(monthly.requestFees()).isZero();
        assertThat(monthly.notes()).singleElement().asString().contains("a request, not counted");
    }

    @Test
    void everyOptionLeftAtItsDefaultKeepsTheOldTotals() {
        Workload month = Workload.monthly(n("1000000"), n("1000000"));
        assertThat(bill(month, flat(SONNET_4_5), new Billing(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO)).monthly()).isEqualByComparingTo(
                        ApiCostCalculator.monthlyCost(month, ApiPrice.of(n("3"), n("15")), BigDecimal.ONE, BigDecimal.ZERO)
                            .monthly());
        assertThat(bill(month, flat(SONNET_4_5), NOTHING).hasDetail()).isFalse();
    }

    @Test
    void theCacheSharesCannotAddUpToMoreThanAllTheInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Billing(n("60"), n("30"), n("20"), BigDecimal.ZERO))
            .withMessageStartingWith("cacheWriteShare");
        assertThatIllegalArgumentException().isThrownBy(() -> new Billing(BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, n("100.5"))).withMessageStartingWith("batchShare");
        assertThat(new Billing(n("60"), n("30"), n("10"), n("100")).uncachedFraction()).isZero();
    }

    /** The same offer without its tier, for the monthly examples that need no note about it. */
    private static ApiPrice flat(ApiPrice price) {
        return new ApiPrice(price.inputPer1M(), price.outputPer1M(), price.cachedInputPer1M(), price.cacheWritePer1M(),
                price.cacheWrite1hPer1M(), price.requestFee(), List.of(), price.batch());
    }
}
