package com.llmcompare.core.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.llmcompare.core.model.Lifecycle;

/** The one current-offer rule, on prices shaped like the data set's (Claude Sonnet 5, o3, GPT-4). */
class OffersTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final Lifecycle AVAILABLE = Lifecycle.on(TODAY, "available", null, "listed", "src", null);

    /** Claude Sonnet 5: models.dev's snapshot still lists the introductory price; genai-prices knows it ended. */
    private static final Price SONNET_INTRO_MODELS_DEV = price("intro-md", "Anthropic", "2026-06-30", null, "2", "10",
            "catalogue", "2026-06-30");

    private static final Price SONNET_INTRO_GENAI = price("intro-gp", "Anthropic", "2026-06-30", "2026-09-01", "2", "10",
            "catalogue", "2026-07-29");

    private static final Price SONNET_LIST_GENAI = price("list-gp", "Anthropic", "2026-09-01", null, "3", "15",
            "catalogue", "2026-07-29");

    private static final List<Price> SONNET = List.of(SONNET_INTRO_MODELS_DEV, SONNET_INTRO_GENAI, SONNET_LIST_GENAI);

    @Test
    void thePriceThatStartedLastAtAProviderIsCurrentAndReplacesTheEarlierOne() {
        Offers offers = Offers.of(AVAILABLE, SONNET, TODAY);

        assertThat(offers.current()).containsExactly(SONNET_LIST_GENAI);
        assertThat(offers.statusOf(SONNET_INTRO_MODELS_DEV)).isEqualTo(OfferStatus.SUPERSEDED);
        assertThat(offers.statusOf(SONNET_INTRO_GENAI)).isEqualTo(OfferStatus.SUPERSEDED);
        assertThat(offers.cheapest()).contains(SONNET_LIST_GENAI);
        assertThat(offers.toPrice()).containsExactly(SONNET_LIST_GENAI);
    }

    @Test
    void beforeTheChangeTheIntroductoryPriceIsCurrentAndTheListPriceAnnounced() {
        Offers offers = Offers.of(AVAILABLE, SONNET, LocalDate.of(2026, 8, 1));

        assertThat(offers.statusOf(SONNET_LIST_GENAI)).isEqualTo(OfferStatus.ANNOUNCED);
        assertThat(offers.statusOf(SONNET_INTRO_GENAI)).isEqualTo(OfferStatus.CURRENT);
        assertThat(offers.statusOf(SONNET_INTRO_MODELS_DEV)).isEqualTo(OfferStatus.CURRENT);
        // two sources stating the same figures at one provider are one offer: the one checked last stands
        assertThat(offers.current()).containsExactly(SONNET_INTRO_GENAI);
    }

    @Test
    void everyPriceOfAProviderThatClosedIsRetiredFromThatDay() {
        Price anyscale = price("anyscale", "Anyscale Endpoints", "2023", null, "1", "1", "article", "2023")
            .withProviderClosed("2024-08-01");
        Price together = price("together", "Together AI", "2023", null, "0.9", "0.9", "article", "2023");
        Offers offers = Offers.of(AVAILABLE, List.of(anyscale, together), TODAY);
        assertThat(offers.statusOf(anyscale)).isEqualTo(OfferStatus.RETIRED);
        assertThat(offers.current()).containsExactly(together);
        Offers before = Offers.of(AVAILABLE, List.of(anyscale, together), LocalDate.of(2024, 7, 31));
        assertThat(before.statusOf(anyscale)).isEqualTo(OfferStatus.CURRENT);
    }

    @Test
    void thePriceAPriceReplacedIsOneOfTheSameModel() {
        com.llmcompare.core.model.LanguageModel a = model("a");
        com.llmcompare.core.model.LanguageModel b = model("b");
        Price oldOfA = new Price("a-old", a, "Together AI", "serverless", null, "tokens", 1_000_000, new BigDecimal("2"),
                new BigDecimal("2"), null, "2025-01-01", "2026-01-01", "2026-01-01", null, List.of("src"), null, null,
                "catalogue", null);
        Price oldOfB = new Price("b-old", b, "Together AI", "serverless", null, "tokens", 1_000_000, new BigDecimal("3"),
                new BigDecimal("3"), null, "2025-01-01", "2026-01-01", "2026-01-01", null, List.of("src"), null, null,
                "catalogue", null);
        Price newOfA = new Price("a-new", a, "Together AI", "serverless", null, "tokens", 1_000_000, new BigDecimal("1"),
                new BigDecimal("1"), null, "2026-01-01", null, "2026-06-01", null, List.of("src"), null, null,
                "catalogue", null);
        assertThat(Offers.replacedBy(newOfA, List.of(oldOfB, oldOfA, newOfA))).contains(oldOfA);
        assertThat(Offers.replacedBy(newOfA, List.of(oldOfB, newOfA))).isEmpty();
    }

    private static com.llmcompare.core.model.LanguageModel model(String slug) {
        return new com.llmcompare.core.model.LanguageModel() {
            @Override
            public String getSlug() {
                return slug;
            }
        };
    }

    @Test
    void aPriceEndsOnItsValidUntilDay() {
        assertThat(Offers.of(AVAILABLE, SONNET, LocalDate.of(2026, 8, 31)).statusOf(SONNET_INTRO_GENAI))
            .isEqualTo(OfferStatus.CURRENT);
        assertThat(Offers.of(AVAILABLE, SONNET, LocalDate.of(2026, 9, 1)).statusOf(SONNET_INTRO_GENAI))
            .isEqualTo(OfferStatus.SUPERSEDED);
    }

    @Test
    void aCuratedPriceStandsOverACatalogueCopyWithTheSameFigures() {
        Price curated = price("curated", "Groq", "2025-08-12", null, "0.59", "0.79", "outside", "2025-08-12");
        Price copy = price("copy", "Groq", "2025-08-12", null, "0.59", "0.79", "catalogue", "2025-09-01");

        assertThat(Offers.of(AVAILABLE, List.of(copy, curated), TODAY).current()).containsExactly(curated);
    }

    @Test
    void differentProvidersAndUsagesAreSeparateOffers() {
        Price groq = price("groq", "Groq", "2025-08-12", null, "0.59", "0.79", "catalogue", "2025-08-12");
        Price together = price("together", "Together AI", "2024-12-06", null, "0.88", "0.88", "catalogue",
                "2024-12-06");
        Price fineTuned = new Price("ft", null, "Groq", "fine-tuned", "fine-tuned", "tokens", 1_000_000,
                new BigDecimal("3"), new BigDecimal("6"), null, "2023-01-01", null, "2025-08-12", null, List.of("s"),
                null, null, "outside", null);

        Offers offers = Offers.of(AVAILABLE, List.of(groq, together, fineTuned), TODAY);

        assertThat(offers.current()).containsExactly(groq, together, fineTuned);
        assertThat(offers.cheapest()).contains(groq);
    }

    @Test
    void aRetiredModelHasNoCurrentOfferButKeepsItsLastListPricesForComparison() {
        // GPT-4: the curated 8K price ended at the shutdown; a catalogue snapshot still lists it open
        Price curated = price("p-gpt4-8k", "OpenAI", "2023-03-14", "2026-10-23", "30", "60", "outside", "2024-06-06");
        Price catalogue = price("genai", "OpenAI", "2025-07-04", null, "30", "60", "catalogue", "2025-07-04");
        Lifecycle retired = Lifecycle.on(TODAY, "retired", "2026-10-23", "shut down", "src", null);

        Offers offers = Offers.of(retired, List.of(curated, catalogue), TODAY);

        assertThat(offers.current()).isEmpty();
        assertThat(offers.cheapest()).isEmpty();
        assertThat(offers.statusOf(curated)).isEqualTo(OfferStatus.RETIRED);
        assertThat(offers.statusOf(catalogue)).isEqualTo(OfferStatus.RETIRED);
        assertThat(offers.toPrice()).containsExactly(curated);
        assertThat(offers.cheapestToPrice()).contains(curated);
    }

    @Test
    void aRetiredModelWhosePricesEndedEarlierIsPricedAtTheOneThatEndedLast() {
        Price early = price("early", "OpenAI", "2023-03-01", "2023-06-13", "2", "2", "outside", "2023-03-01");
        Price later = price("later", "OpenAI", "2023-06-13", "2023-11-06", "1.5", "2", "outside", "2023-11-06");
        Lifecycle retired = Lifecycle.on(TODAY, "retired", "2024-09-13", "shut down", "src", null);

        assertThat(Offers.of(retired, List.of(early, later), TODAY).toPrice()).containsExactly(later);
    }

    @Test
    void aPriceBilledPerCharacterIsCurrentButNotComparedPerToken() {
        Price perCharacter = new Price("palm", null, "Google", "text-bison", null, "characters", 1000,
                new BigDecimal("0.0005"), new BigDecimal("0.0005"), null, "2023", null, "2023", null, List.of("s"), null,
                null, "outside", null);

        Offers offers = Offers.of(AVAILABLE, List.of(perCharacter), TODAY);

        assertThat(offers.current()).containsExactly(perCharacter);
        assertThat(offers.currentPerToken()).isEmpty();
        assertThat(offers.cheapest()).isEmpty();
    }

    @Test
    void stalenessIsCountedFromTheLastCheck() {
        Offers offers = Offers.of(AVAILABLE, SONNET, TODAY);

        assertThat(offers.isStale(SONNET_LIST_GENAI)).isFalse();
        assertThat(offers.isStale(price("old", "X", "2023", null, "1", "1", "outside", "2023"))).isTrue();
    }

    @Test
    void aPriceOfAnotherModelIsRefused() {
        Offers offers = Offers.of(AVAILABLE, SONNET, TODAY);

        assertThatIllegalArgumentException().isThrownBy(() -> offers.statusOf(price("x", "X", "2023", null, "1", "1",
                "outside", "2023")))
            .withMessageContaining("price x");
    }

    @Test
    void thePriceACurrentOneReplacedEndsTheDayItBegan() {
        Price before = price("before", "Anthropic", "2026-06-30", "2026-09-01", "2", "10", "catalogue", "2026-07-29");
        Price after = price("after", "Anthropic", "2026-09-01", null, "3", "15", "catalogue", "2026-07-29");

        assertThat(Offers.replacedBy(after, List.of(before, after))).contains(before);
        assertThat(Offers.replacedBy(before, List.of(before, after))).isEmpty();
    }

    static Price price(String id, String provider, String from, String until, String input, String output,
            String origin, String lastChecked) {
        return new Price(id, null, provider, "offer", null, "tokens", 1_000_000, new BigDecimal(input),
                new BigDecimal(output), null, from, until, lastChecked, null, List.of("src"), null, null, origin, null);
    }
}
