package com.llmcompare.tokens;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A prompt and an answer counted by each selected model's tokenizer, against the calculator's unit (OpenAI's
 * o200k_base). A model's multiplier is its tokens over the unit's for the two texts together, to 3 decimals,
 * within the range the calculator's field allows.
 *
 * @param referencePrompt the prompt's o200k_base tokens
 * @param referenceAnswer the answer's o200k_base tokens
 */
record TextMeasurement(int referencePrompt, int referenceAnswer, List<Row> rows) {

    static final BigDecimal MIN_MULTIPLIER = new BigDecimal("0.1");

    static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;

    /**
     * One model's counts. {@code family} is {@code null} where the data set knows no tokenizer of the model; an
     * estimate's counts are the base family's × its ratio.
     *
     * @param multiplier {@code null} without a tokenizer, or when the texts have no tokens
     */
    record Row(String modelSlug, String modelName, String family, String familyName, boolean estimate,
            BigDecimal promptTokens, BigDecimal answerTokens, BigDecimal multiplier, String sourceId, String note,
            String licence) {
    }

    /** The model's tokens per o200k_base token for these texts. */
    static BigDecimal multiplier(BigDecimal modelTokens, int referenceTokens) {
        if (referenceTokens == 0 || modelTokens.signum() == 0) {
            return null;
        }
        BigDecimal ratio = modelTokens.divide(BigDecimal.valueOf(referenceTokens), MathContext.DECIMAL64)
            .setScale(3, RoundingMode.HALF_UP);
        return ratio.max(MIN_MULTIPLIER).min(MAX_MULTIPLIER);
    }

    /** The multipliers to set in the form: every model measured with a tokenizer. */
    Map<String, BigDecimal> multipliers() {
        Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
        rows.stream().filter(row -> row.multiplier() != null).forEach(row -> multipliers.put(row.modelSlug(),
                row.multiplier()));
        return multipliers;
    }
}
