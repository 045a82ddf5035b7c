package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.llmcompare.web.Formats;

/**
 * A month of a workload at an API offer, with every billing dimension the offer's source states. Tokens
 * are counted in the model's own tokenizer (× the multiplier), then billed:
 * <ul>
 * <li>input: the plain share at the input rate, the cached share at the cache-read rate, the shares written
 * to the cache at the 5-minute and 1-hour write rates (an offer without a write rate bills writes as plain
 * input, as OpenAI's automatic caching does; without a read rate, reads too);</li>
 * <li>output, reasoning tokens included, at the output rate;</li>
 * <li>a long-context tier: a request with more input tokens than the tier's threshold pays the tier's rates
 * for all its tokens of each kind (genai-prices' definition, which Anthropic's and Google's pages follow);
 * it needs the per-request form, since a monthly total says nothing of one request's size;</li>
 * <li>the batch share of the token charges at the provider's batch discount (fees per request are not
 * discounted);</li>
 * <li>a fee per request × requests a month (per-request form only).</li>
 * </ul>
 * Everything up to the monthly figure is exact; only the per-day and per-request divisions use DECIMAL128.
 */
public final class ApiCostCalculator {

    private static final Formats FORMATS = new Formats();

    private ApiCostCalculator() {
    }

    /** The monthly cost with only a cached share: the calculator before the other billing options. */
    public static ApiCost monthlyCost(Workload workload, ApiPrice price, BigDecimal tokenizerMultiplier,
            BigDecimal cachedSharePercent) {
        return bill(workload, price, tokenizerMultiplier, Billing.cachedOnly(cachedSharePercent)).cost();
    }

    public static ApiBill bill(Workload workload, ApiPrice price, BigDecimal tokenizerMultiplier, Billing billing) {
        Require.present(workload, "workload");
        Require.present(price, "price");
        Require.present(billing, "billing");
        checkMultiplier(tokenizerMultiplier);
        List<String> notes = new ArrayList<>();
        ApiPrice.Rates rates = rates(workload, price, tokenizerMultiplier, notes);
        BigDecimal inputTokens = workload.inputTokens().multiply(tokenizerMultiplier);
        BigDecimal input = perMillion(inputTokens.multiply(billing.uncachedFraction()), rates.input());
        BigDecimal cachedReads = perMillion(inputTokens.multiply(Billing.fraction(billing.cachedShare())),
                rates.cachedInput() != null ? rates.cachedInput() : rates.input());
        BigDecimal writes5m = perMillion(inputTokens.multiply(Billing.fraction(billing.cacheWriteShare())),
                rates.cacheWrite() != null ? rates.cacheWrite() : rates.input());
        BigDecimal writes1h = perMillion(inputTokens.multiply(Billing.fraction(billing.cacheWrite1hShare())),
                rates.cacheWrite1h() != null ? rates.cacheWrite1h() : rates.input());
        if (billing.cacheWrite1hShare().signum() > 0 && rates.cacheWrite1h() == null) {
            notes.add("No 1-hour cache priced for this offer: those writes are billed as plain input.");
        }
        BigDecimal output = perMillion(workload.outputTokens().multiply(tokenizerMultiplier), rates.output());
        BigDecimal reasoning = perMillion(workload.reasoningTokens().multiply(tokenizerMultiplier), rates.output());
        BigDecimal tokens = input.add(cachedReads).add(writes5m).add(writes1h).add(output);
        BigDecimal batchSaving = BigDecimal.ZERO;
        if (billing.batchShare().signum() > 0) {
            if (price.batch() == null) {
                notes.add("No batch API for this provider in the data set: every request is billed at the standard rates.");
            }
            else {
                batchSaving = tokens.multiply(Billing.fraction(billing.batchShare()))
                    .multiply(Billing.fraction(price.batch().discountPercent()));
                notes.add(FORMATS.number(price.batch().discountPercent(), 2) + "% off the batch share's tokens "
                        + "(turnaround: " + price.batch().turnaround() + ").");
            }
        }
        BigDecimal requestFees = BigDecimal.ZERO;
        if (price.requestFee() != null) {
            Optional<BigDecimal> requests = workload.requestsPerMonth();
            if (requests.isPresent()) {
                requestFees = requests.get().multiply(price.requestFee());
            }
            else {
                notes.add("Plus " + FORMATS.usdPrecise(price.requestFee()) + " a request, not counted: give the "
                        + "workload per request to count it.");
            }
        }
        BigDecimal monthly = tokens.subtract(batchSaving).add(requestFees);
        BigDecimal perDay = monthly.divide(Workload.DAYS_PER_MONTH, MathContext.DECIMAL128);
        BigDecimal perRequest = workload.requestsPerMonth()
                .filter(requests -> requests.signum() > 0)
                .map(requests -> monthly.divide(requests, MathContext.DECIMAL128))
                .orElse(null);
        return new ApiBill(input, cachedReads, writes5m.add(writes1h), output.subtract(reasoning), reasoning,
                requestFees, batchSaving, rates.tier(), notes, new ApiCost(monthly, perDay, perRequest));
    }

    /** Base rates, or the tier one request reaches; a monthly workload cannot reach a tier, and is told so. */
    private static ApiPrice.Rates rates(Workload workload, ApiPrice price, BigDecimal multiplier, List<String> notes) {
        if (price.tiers().isEmpty()) {
            return price.base();
        }
        Optional<BigDecimal> perRequest = workload.inputTokensPerRequest();
        if (perRequest.isEmpty()) {
            notes.add("Billed at the base rates, as if no request had more than "
                    + FORMATS.tokens(BigDecimal.valueOf(price.tiers().get(0).aboveTokens())) + " input tokens: give the "
                    + "workload per request to apply the offer's long-context tier.");
            return price.base();
        }
        ApiPrice.Rates rates = price.forRequest(perRequest.get().multiply(multiplier));
        if (rates.tier() != null) {
            notes.add("Each request has more than " + FORMATS.tokens(BigDecimal.valueOf(rates.tier().aboveTokens()))
                    + " input tokens: all its tokens are billed at the long-context tier's rates.");
        }
        return rates;
    }

    /**
     * The input price per 1M tokens once the cached share is billed at the cached rate; a price
     * without a cached rate bills cached input at the normal input price.
     */
    public static BigDecimal effectiveInputPer1M(ApiPrice price, BigDecimal cachedSharePercent) {
        Billing billing = Billing.cachedOnly(cachedSharePercent);
        BigDecimal cachedRate = price.cachedInputPer1M() == null ? price.inputPer1M() : price.cachedInputPer1M();
        return billing.uncachedFraction().multiply(price.inputPer1M())
            .add(Billing.fraction(cachedSharePercent).multiply(cachedRate));
    }

    /**
     * USD per workload token (in OpenAI tokenizer units) at the workload's own mix and size, with every
     * billing option: the slope of the offer's line, what break-even and the on-demand comparison are
     * measured against. Empty when the workload has no tokens and so no mix.
     */
    public static Optional<BigDecimal> costPerToken(Workload workload, ApiPrice price, BigDecimal tokenizerMultiplier,
            Billing billing) {
        ApiBill bill = bill(workload, price, tokenizerMultiplier, billing);
        BigDecimal total = workload.totalTokens();
        return total.signum() == 0 ? Optional.empty()
                : Optional.of(bill.monthly().divide(total, MathContext.DECIMAL128));
    }

    public static Optional<BigDecimal> costPerToken(Workload mix, ApiPrice price, BigDecimal tokenizerMultiplier,
            BigDecimal cachedSharePercent) {
        return costPerToken(mix, price, tokenizerMultiplier, Billing.cachedOnly(cachedSharePercent));
    }

    static BigDecimal checkMultiplier(BigDecimal tokenizerMultiplier) {
        return Require.positive(tokenizerMultiplier, "tokenizerMultiplier");
    }

    private static BigDecimal perMillion(BigDecimal tokens, BigDecimal pricePer1M) {
        return tokens.multiply(pricePer1M).movePointLeft(6);
    }
}
