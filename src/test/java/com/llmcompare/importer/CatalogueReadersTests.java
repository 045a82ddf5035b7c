package com.llmcompare.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.llmcompare.importer.CatalogueEntry.PricePeriod;

/** What each reader makes of its catalogue's units and conventions, on the fixtures. */
class CatalogueReadersTests {

    private static CatalogueEntry entry(Catalogue catalogue, List<String> providers, String id) {
        return Importer.reader(catalogue)
            .read(Fixtures.ROOT.resolve(catalogue.id()), providers)
            .stream()
            .filter(e -> e.id().equals(id))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void llmstatsScoresAreFractionsOfOneTurnedIntoPercentages() {
        CatalogueEntry gpt4 = entry(Catalogue.LLMSTATS, List.of("openai"), "openai/gpt-4-0613");
        assertThat(gpt4.results()).anySatisfy(result -> {
            assertThat(result.dataset()).isEqualTo("MMLU");
            assertThat(result.value()).isEqualByComparingTo("86.4");
            assertThat(result.selfReported()).isTrue();
            assertThat(result.method()).startsWith("5-shot");
        });
        assertThat(gpt4.facts().contextTokens().value()).isEqualTo(32768L);
        assertThat(gpt4.facts().openWeights().value()).isFalse();
        assertThat(gpt4.facts().license().value()).isEqualTo("Proprietary");
    }

    @Test
    void theShotSettingIsReadFromTheAnalysisMethod() {
        assertThat(ScoreMerge.shots("0-shot CoT")).isEqualTo("0-shot");
        assertThat(ScoreMerge.shots("5-shot, Commonsense reasoning")).isEqualTo("5-shot");
        assertThat(ScoreMerge.shots("zero-shot evaluation")).isEqualTo("0-shot");
        assertThat(ScoreMerge.shots("Pass@1")).isNull();
    }

    @Test
    void genaiPricesTimeWindowsAreOffersSideBySide() {
        CatalogueEntry chat = entry(Catalogue.GENAI_PRICES, List.of("deepseek"), "deepseek/deepseek-chat");
        assertThat(chat.prices()).hasSize(2);
        PricePeriod offPeak = chat.prices().get(0);
        PricePeriod standard = chat.prices().get(1);
        assertThat(offPeak.variant()).isNull();
        assertThat(offPeak.input()).isEqualByComparingTo("0.135");
        assertThat(offPeak.note()).contains("outside the time windows");
        assertThat(standard.variant()).isEqualTo("0030-1630utc");
        assertThat(standard.input()).isEqualByComparingTo("0.27");
        assertThat(standard.lastChecked()).isEqualTo("2025-07-12");
    }

    @Test
    void genaiPricesWithoutACheckDateAreSkipped() {
        CatalogueEntry davinci = entry(Catalogue.GENAI_PRICES, List.of("openai"), "openai/davinci");
        assertThat(davinci.prices()).isEmpty();
        assertThat(davinci.skipped()).anySatisfy(skip -> assertThat(skip.reason()).contains("no prices_checked"));
    }

    @Test
    void modelsDevEntriesThatInheritFromABaseModelHaveNoFacts() {
        CatalogueEntry gpt5 = entry(Catalogue.MODELS_DEV, List.of("openai"), "openai/gpt-5");
        assertThat(gpt5.facts().release()).isNull();
        assertThat(gpt5.prices()).isEmpty();
        assertThat(gpt5.skipped()).extracting(CatalogueEntry.Skip::reason)
            .anySatisfy(reason -> assertThat(reason).contains("base_model openai/gpt-5"));
    }

    @Test
    void modelsDevPricesOfZeroAreNotPrices() {
        CatalogueEntry embedding = entry(Catalogue.MODELS_DEV, List.of("openai"), "openai/text-embedding-3-small");
        assertThat(embedding.prices()).isEmpty();
        assertThat(embedding.skipped()).anySatisfy(skip -> assertThat(skip.reason()).contains("no positive"));
    }

    @Test
    void sourceIdsAreMadeFromEntryIds() {
        assertThat(Catalogue.MODELS_DEV.sourceId("togetherai/meta-llama/Llama-3.3-70B-Instruct-Turbo"))
            .isEqualTo("models-dev.togetherai.meta-llama.llama-3.3-70b-instruct-turbo");
        assertThat(Catalogue.GENAI_PRICES.sourceId("openai/ft:gpt-4o")).isEqualTo("genai-prices.openai.ft-gpt-4o");
    }
}
