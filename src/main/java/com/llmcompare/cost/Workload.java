package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * A month's tokens, in OpenAI tokenizer units, and the requests per day they came from when the
 * workload was given per request ({@code null} otherwise). Token counts may be fractional because
 * a month is not a whole number of days. {@code reasoningTokens} ("thinking") are billed as output and are
 * counted in {@code outputTokens} too: of every model's output, the calculator cannot tell them apart.
 */
public record Workload(BigDecimal inputTokens, BigDecimal outputTokens, BigDecimal requestsPerDay,
        BigDecimal reasoningTokens) {

    /** An average month: 365.25 / 12 days, so that leap years are counted. */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    /** Above this the number is a typo or an attack, not a workload anyone could pay for. */
    public static final BigDecimal MAX_TOKENS_PER_MONTH = BigDecimal.TEN.pow(13);

    public Workload {
        Require.atMost(Require.nonNegative(inputTokens, "inputTokens"), MAX_TOKENS_PER_MONTH, "inputTokens",
                "10^13 tokens a month");
        Require.atMost(Require.nonNegative(outputTokens, "outputTokens"), MAX_TOKENS_PER_MONTH, "outputTokens",
                "10^13 tokens a month");
        if (requestsPerDay != null) {
            Require.nonNegative(requestsPerDay, "requestsPerDay");
        }
        Require.nonNegative(reasoningTokens, "reasoningTokens");
        if (reasoningTokens.compareTo(outputTokens) > 0) {
            throw new IllegalArgumentException("reasoningTokens are output tokens: they cannot exceed outputTokens");
        }
    }

    public Workload(BigDecimal inputTokens, BigDecimal outputTokens, BigDecimal requestsPerDay) {
        this(inputTokens, outputTokens, requestsPerDay, BigDecimal.ZERO);
    }

    /** A workload given directly as tokens per month. */
    public static Workload monthly(BigDecimal inputTokens, BigDecimal outputTokens) {
        return new Workload(inputTokens, outputTokens, null);
    }

    /** A month's tokens with reasoning tokens on top of the answer's output tokens. */
    public static Workload monthly(BigDecimal inputTokens, BigDecimal outputTokens, BigDecimal reasoningTokens) {
        Require.nonNegative(reasoningTokens, "reasoningTokens");
        BigDecimal output = Require.atMost(Require.nonNegative(outputTokens, "outputTokens").add(reasoningTokens),
                MAX_TOKENS_PER_MONTH, "reasoningTokens", "10^13 tokens a month with the output tokens");
        return new Workload(inputTokens, output, null, reasoningTokens);
    }

    /** Requests per day, each with its input, output and reasoning tokens (the reasoning billed as output). */
    public static Workload perRequest(BigDecimal requestsPerDay, BigDecimal inputTokensPerRequest,
            BigDecimal outputTokensPerRequest, BigDecimal reasoningTokensPerRequest) {
        Require.nonNegative(reasoningTokensPerRequest, "reasoningTokensPerRequest");
        Workload visible = perRequest(requestsPerDay, inputTokensPerRequest,
                Require.nonNegative(outputTokensPerRequest, "outputTokensPerRequest").add(reasoningTokensPerRequest));
        BigDecimal reasoning = requestsPerDay.multiply(DAYS_PER_MONTH).multiply(reasoningTokensPerRequest);
        return new Workload(visible.inputTokens(), visible.outputTokens(), requestsPerDay, reasoning);
    }

    /** A workload given as requests per day and the tokens in and out of each request. */
    public static Workload perRequest(BigDecimal requestsPerDay, BigDecimal inputTokensPerRequest,
            BigDecimal outputTokensPerRequest) {
        Require.nonNegative(requestsPerDay, "requestsPerDay");
        Require.nonNegative(inputTokensPerRequest, "inputTokensPerRequest");
        Require.nonNegative(outputTokensPerRequest, "outputTokensPerRequest");
        BigDecimal requestsPerMonth = requestsPerDay.multiply(DAYS_PER_MONTH);
        // Checked here too, so that the message names the fields the user actually typed.
        BigDecimal input = Require.atMost(requestsPerMonth.multiply(inputTokensPerRequest), MAX_TOKENS_PER_MONTH,
                "inputTokensPerRequest", "10^13 tokens a month in all (× requestsPerDay × 30.4375 days)");
        BigDecimal output = Require.atMost(requestsPerMonth.multiply(outputTokensPerRequest), MAX_TOKENS_PER_MONTH,
                "outputTokensPerRequest", "10^13 tokens a month in all (× requestsPerDay × 30.4375 days)");
        return new Workload(input, output, requestsPerDay);
    }

    public BigDecimal totalTokens() {
        return inputTokens.add(outputTokens);
    }

    /**
     * One request's input tokens, when the workload was given per request: what a long-context tier is
     * decided on. Empty for a monthly workload or no requests.
     */
    public Optional<BigDecimal> inputTokensPerRequest() {
        return requestsPerMonth().filter(requests -> requests.signum() > 0)
            .map(requests -> inputTokens.divide(requests, MathContext.DECIMAL128));
    }

    /** Requests a month, when the workload was given per request. */
    public Optional<BigDecimal> requestsPerMonth() {
        return Optional.ofNullable(requestsPerDay).map(perDay -> perDay.multiply(DAYS_PER_MONTH));
    }

    /**
     * The input tokens' share of all tokens, as a fraction 0–1: the mix at which break-even is
     * worked out. Empty when there are no tokens, because then there is no mix.
     */
    public Optional<BigDecimal> inputFraction() {
        BigDecimal total = totalTokens();
        if (total.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(inputTokens.divide(total, MathContext.DECIMAL128));
    }
}
