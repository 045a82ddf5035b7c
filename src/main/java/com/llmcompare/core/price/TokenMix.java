package com.llmcompare.core.price;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An input:output token mix, such as 3:1 (three input tokens for each output token, the usual ratio of
 * chat and retrieval workloads), and the one rule for "a price per 1M tokens at a mix": the weighted mean
 * of an offer's input and output prices. Pages that rank or chart offers by one price use this.
 */
public record TokenMix(int input, int output) {

    /** The mix shown when none is asked for: 3 input tokens to 1 output token. */
    public static final TokenMix DEFAULT = new TokenMix(3, 1);

    /** The largest side of a mix: enough for 1000:1 retrieval workloads, small enough to read. */
    public static final int MAX_PART = 1000;

    private static final Pattern FORM = Pattern.compile("(\\d{1,4}):(\\d{1,4})");

    public TokenMix {
        if (input < 0 || output < 0 || input > MAX_PART || output > MAX_PART || input + output == 0) {
            throw new IllegalArgumentException(problem(input + ":" + output));
        }
    }

    /** Reads "3:1"; a blank text is the default mix. Throws with a message naming the problem. */
    public static TokenMix parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(problem(text));
        }
        return new TokenMix(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    private static String problem(String text) {
        return "mix must be input:output tokens as two whole numbers from 0 to " + MAX_PART
                + ", not both 0 (such as 3:1), not '" + text + "'";
    }

    /**
     * USD per 1M tokens of this mix: (input × input price + output × output price) ÷ (input + output).
     * Empty for an offer not billed per token, which has no price per token to weigh.
     */
    public Optional<BigDecimal> perMillion(Price price) {
        if (!price.isPerToken()) {
            return Optional.empty();
        }
        BigDecimal weighted = price.getInputPerMillion()
            .multiply(BigDecimal.valueOf(input))
            .add(price.getOutputPerMillion().multiply(BigDecimal.valueOf(output)));
        return Optional.of(weighted.divide(BigDecimal.valueOf(input + output), MathContext.DECIMAL64));
    }

    /** "3:1", as in a link. */
    public String text() {
        return input + ":" + output;
    }

    @Override
    public String toString() {
        return text();
    }
}
