package com.llmcompare.core.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.llmcompare.core.model.Lifecycle;

/** The price at an input:output mix, worked by hand on prices shaped like the data set's. */
class TokenMixTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** GPT-4.1 at OpenAI: $2 in, $8 out per 1M tokens. */
    private static final Price GPT_41 = OffersTests.price("gpt-41", "OpenAI", "2025-04-14", null, "2",
            "8", "catalogue", "2026-11-01");

    /** An offer cheaper on input and dearer on output: $1 in, $20 out. */
    private static final Price DEAR_OUTPUT = OffersTests.price("dear-output", "Host", "2025-04-14", null, "1",
            "20", "catalogue", "2026-11-01");

    @Test
    void atThreeToOneThePriceIsTheWeightedMeanOfInputAndOutput() {
        // (3 × $2 + 1 × $8) ÷ 4 = $3.50 per 1M tokens
        assertThat(TokenMix.DEFAULT.perMillion(GPT_41)).hasValueSatisfying(
                usd -> assertThat(usd).isEqualByComparingTo("3.5"));
        // 1:1 is the plain mean: $5; 1:0 is the input price
        assertThat(TokenMix.parse("1:1").perMillion(GPT_41).orElseThrow()).isEqualByComparingTo("5");
        assertThat(TokenMix.parse("1:0").perMillion(GPT_41).orElseThrow()).isEqualByComparingTo("2");
        assertThat(TokenMix.parse("0:1").perMillion(GPT_41).orElseThrow()).isEqualByComparingTo("8");
    }

    @Test
    void theCheapestOfferAtAMixCanDifferFromTheCheapestInputPrice() {
        Lifecycle available = Lifecycle.on(TODAY, "available", null, "listed", "src", null);
        Offers offers = Offers.of(available, List.of(GPT_41, DEAR_OUTPUT), TODAY);

        assertThat(offers.cheapest()).contains(DEAR_OUTPUT);
        // at 3:1, $3.50 against (3 + 20) ÷ 4 = $5.75
        assertThat(offers.cheapestAt(TokenMix.DEFAULT)).contains(GPT_41);
        // at 10:1, (20 + 8) ÷ 11 = $2.55 against (10 + 20) ÷ 11 = $2.73: still GPT-4.1; at 30:1 the other
        assertThat(offers.cheapestAt(TokenMix.parse("10:1"))).contains(GPT_41);
        assertThat(offers.cheapestAt(TokenMix.parse("30:1"))).contains(DEAR_OUTPUT);
    }

    @Test
    void theWholeDomainReadsAndPrintsBack() {
        assertThat(TokenMix.parse(null)).isEqualTo(TokenMix.DEFAULT);
        assertThat(TokenMix.parse(" ")).isEqualTo(TokenMix.DEFAULT);
        assertThat(TokenMix.parse("1000:1").text()).isEqualTo("1000:1");
        assertThat(TokenMix.parse("0:1000").text()).isEqualTo("0:1000");
        assertThat(TokenMix.parse(" 5:2 ")).isEqualTo(new TokenMix(5, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0:0", "1001:1", "3", "3:1:1", "-1:1", "a:b", "3/1", "1.5:1", "99999:1" })
    void anythingElseIsRefusedWithTheRuleNamed(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenMix.parse(text))
            .withMessageContaining("mix must be input:output tokens");
    }

    @Test
    void anOfferNotBilledPerTokenHasNoPriceAtAMix() {
        Price perCharacter = new Price("chars", null, "Google", "offer", null, "characters", 1000, new BigDecimal("0.0005"),
                new BigDecimal("0.0015"), null, "2023-12-13", null, "2024-01-01", null, List.of("src"), null, null,
                "article", null);

        assertThat(TokenMix.DEFAULT.perMillion(perCharacter)).isEmpty();
    }
}
