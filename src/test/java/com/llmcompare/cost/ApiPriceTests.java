package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ApiPriceTests {

    private static final ApiPrice SOURCED = new ApiPrice(new BigDecimal("2.50"), new BigDecimal("10"),
            new BigDecimal("1.25"));

    @Test
    void overridesReplaceOnlyTheGivenPrices() {
        ApiPrice input = SOURCED.withOverrides(new BigDecimal("3"), null);
        ApiPrice output = SOURCED.withOverrides(null, new BigDecimal("12"));

        assertThat(input).isEqualTo(new ApiPrice(new BigDecimal("3"), new BigDecimal("10"), new BigDecimal("1.25")));
        assertThat(output).isEqualTo(new ApiPrice(new BigDecimal("2.50"), new BigDecimal("12"), new BigDecimal("1.25")));
        assertThat(SOURCED.withOverrides(null, null)).isEqualTo(SOURCED);
    }

    @Test
    void freeIsAPrice() {
        assertThat(ApiPrice.of(BigDecimal.ZERO, BigDecimal.ZERO).inputPer1M()).isZero();
    }

    @Test
    void rejectsNegativePrices() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiPrice.of(new BigDecimal("-1"), BigDecimal.ONE))
                .withMessageContaining("inputPrice");
        assertThatIllegalArgumentException().isThrownBy(() -> ApiPrice.of(BigDecimal.ONE, new BigDecimal("-1")))
                .withMessageContaining("outputPrice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ApiPrice(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("-0.01")))
                .withMessageContaining("cachedInputPrice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ApiPrice(BigDecimal.ONE, BigDecimal.ONE, null, null, new BigDecimal("-6"), null,
                        java.util.List.of(), null))
                .withMessageContaining("cacheWrite1hPrice");
        assertThatIllegalArgumentException().isThrownBy(() -> SOURCED.withOverrides(new BigDecimal("-3"), null))
                .withMessageContaining("inputPrice");
        assertThatIllegalArgumentException().isThrownBy(() -> SOURCED.withOverrides(null, new BigDecimal("-3")))
                .withMessageContaining("outputPrice");
    }

    @Test
    void rejectsMissingPrices() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiPrice.of(null, BigDecimal.ONE))
                .withMessage("inputPrice is required");
    }
}
