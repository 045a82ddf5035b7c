package com.llmcompare.models;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages with the models and prices imported from the catalogues (the real data set), "today"
 * being 2026-11-23 ({@link Today}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportedModelPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aCatalogueThatDisagreesWithAPrimarySourceIsShownBesideIt() throws Exception {
        mvc.perform(get("/models/gpt-4"))
            .andExpect(status().isOk())
            .andExpect(xpath("//dd[@id='fact-release']/span[1]").string("2023-03-14"))
            .andExpect(xpath("//dd[@id='fact-release']/p[contains(@class,'disagreement')][contains(.,'models.dev')]")
                .string(allOf(containsString("The catalogue models.dev gives"), containsString("2023-11-06"),
                        containsString("the value shown is"), containsString("2023-03-14"))))
            .andExpect(xpath("//dd[@id='fact-release']//a[@href='/sources#models-dev.openai.gpt-4']").exists())
            .andExpect(xpath("//dd[@id='fact-release']//a[@href='/sources#models-dev.openai.gpt-4']").exists())
            // the article's disagreement is still worded as before
            .andExpect(xpath("//dd[@id='fact-context']/p[contains(.,'The article says')]").string(containsString("8000")));
    }

    @Test
    void anImportedModelCitesTheCatalogueEntryItCameFrom() throws Exception {
        mvc.perform(get("/models/gpt-4o"))
            .andExpect(status().isOk())
            .andExpect(xpath("//h1/span[1]").string("GPT-4o"))
            .andExpect(xpath("//dd[@id='fact-release']/span[1]").string("2024-05-13"))
            .andExpect(xpath("//dd[@id='fact-release']//li[contains(.,'2024-05-13')]//span[contains(@class,'badge-catalogue')]")
                .string("models.dev"))
            .andExpect(xpath("//dd[@id='fact-release']//a[@href='/sources#models-dev.openai.gpt-4o']").exists())
            .andExpect(xpath("//dd[@id='fact-context']").string(containsString("128,000 tokens")))
            .andExpect(xpath("//section[@class='references']//a[@href='/sources#models-dev.openai.gpt-4o']")
                .string("models.dev entry openai/gpt-4o"))
            .andExpect(xpath("//table[@id='scores-table']//tr[th/a='MMLU-Pro']/td[2]").string("0-shot, 0-shot CoT"))
            .andExpect(xpath("//table[@id='scores-table']//tr[th/a='MMLU-Pro']/td[1]").string(containsString("74.7%")))
            .andExpect(xpath("//table[@id='scores-table']//tr[th/a='MMLU-Pro']/td[3]")
                .string(containsString("self-reported")));
        mvc.perform(get("/sources"))
            .andExpect(xpath("//article[@id='models-dev.openai.gpt-4o']//a/@href").string(
                    "https://github.com/anomalyco/models.dev/blob/f3fc692299671838c7c65fd8126bf84d81a2e817/providers/openai/models/gpt-4o.toml"))
            .andExpect(xpath("//article[@id='models-dev.openai.gpt-4o']//p[@class='note']")
                .string(containsString("commit f3fc692")));
    }

    @Test
    void everyPriceShowsWhenItWasCheckedAndOldChecksAreStale() throws Exception {
        mvc.perform(get("/models/claude-sonnet-4.5"))
            .andExpect(xpath("//table[@id='prices-table']//tr[contains(th,'genai-prices')]/td[5]")
                .string(allOf(containsString("2026-07-29"), not(containsString("stale")))))
            .andExpect(xpath("//table[@id='prices-table']//tr[contains(th,'models.dev')]/td[5]")
                .string(allOf(containsString("2025-09-29"), containsString("stale"))));
        // the articles' 2023 prices rightly show as stale
        mvc.perform(get("/models/llama-2-70b-chat"))
            .andExpect(xpath("//table[@id='prices-table']//tr[contains(th,'Anyscale')]/td[5]")
                .string(allOf(containsString("2023"), containsString("stale"))));
    }

    @Test
    void aNewPriceReplacesTheOldOneWhichStaysVisible() throws Exception {
        mvc.perform(get("/models/claude-sonnet-5"))
            .andExpect(xpath("//table[@id='prices-table']//tr[contains(th,'genai-prices')][td[4][starts-with(.,'2026-09-01')]]/th")
                .string(containsString("current")))
            .andExpect(xpath("//table[@id='prices-table']//tr[contains(th,'genai-prices')][td[4][starts-with(.,'2026-06-30')]]/th")
                .string(containsString("superseded")))
            .andExpect(xpath("//table[@id='prices-table']//tr[contains(th,'models.dev')]/th")
                .string(containsString("superseded")));
        mvc.perform(get("/models").param("q", "Claude Sonnet 5"))
            .andExpect(xpath("//table[@id='catalogue']//tr[th/a='Claude Sonnet 5']/td[7]")
                .string(allOf(containsString("$3 / $15"), containsString("was $2 / $10"))));
    }

    @Test
    void theApiSaysWhichPricesAreCurrentAndWhichAreStale() throws Exception {
        mvc.perform(get("/api/models/claude-sonnet-5"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.prices[?(@.id=='p-genai-prices.anthropic.claude-sonnet-5-2026-09-01')].current")
                .value(hasItem(true)))
            .andExpect(jsonPath("$.prices[?(@.id=='p-models-dev.anthropic.claude-sonnet-5-2026-06-30')].current")
                .value(hasItem(false)))
            .andExpect(jsonPath("$.prices[?(@.id=='p-genai-prices.anthropic.claude-sonnet-5-2026-09-01')].origin")
                .value(hasItem("catalogue")))
            .andExpect(jsonPath("$.release.claims[0].source.id").value("models-dev.anthropic.claude-sonnet-5"));
        mvc.perform(get("/api/models").param("q", "gpt-4o mini"))
            .andExpect(jsonPath("$[0].cheapestCurrentPrice.stale").value(true));
    }

    @Test
    void theCataloguesAreCreditedOnTheSourcesPage() throws Exception {
        mvc.perform(get("/sources"))
            .andExpect(status().isOk())
            .andExpect(xpath("//li[@id='credit-llmstats']").string(allOf(containsString("LLMStats"),
                    containsString("CC BY 4.0"))))
            .andExpect(xpath("//li[@id='credit-llmstats']//a[@href='https://creativecommons.org/licenses/by/4.0/']")
                .exists())
            .andExpect(xpath("//li[@id='credit-models-dev']").string(containsString("MIT")))
            .andExpect(xpath("//li[@id='credit-genai-prices']").string(containsString("MIT")))
            .andExpect(xpath("//section[@id='entries-llmstats']/article[@id='llmstats.meta.llama-3.3-70b-instruct']")
                .exists());
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.llmcompare.core.benchmark.ScoreRepository scoreRepository;

    private long scoreBenchmarks(String slug) {
        return scoreRepository.findByModel_SlugOrderByBenchmark_NameAsc(slug).stream()
            .filter(score -> score.getSystemName() == null)
            .map(score -> score.getBenchmark().getSlug())
            .distinct()
            .count();
    }

    @Test
    void aModelsOwnContextWindowIsShownAndAHostsLowerCapStaysBesideIt() throws Exception {
        // Meta's model card gives Llama 4 Scout 10M tokens; models.dev lists a host's 128,000 cap.
        mvc.perform(get("/models/llama-4-scout"))
            .andExpect(xpath("//dd[@id='fact-context']").string(containsString("10,000,000")))
            .andExpect(xpath("//dd[@id='fact-context']/p[contains(@class,'disagreement')]")
                .string(containsString("128,000")));
        mvc.perform(get("/models/claude-opus-4.5"))
            .andExpect(xpath("//dd[@id='fact-release']/span[1]").string("2025-11-24"))
            // one row per benchmark is the score shown for it: its best independent result
            .andExpect(xpath("count(//table[@id='scores-table']//span[.='shown as its score'])")
                .number((double) scoreBenchmarks("claude-opus-4.5")));
    }

    @Test
    void theDevelopersTransparencyIndexScoresAreOnItsModelsAndItsVendorsCatalogue() throws Exception {
        mvc.perform(get("/models/gpt-5.2"))
            .andExpect(xpath("//li[@id='fmti-2025-12']").string(allOf(containsString("35"), containsString("of 100"))))
            .andExpect(xpath("//li[@id='fmti-2023-10']/a/@href").string("/sources#fmti-2023-10"));
        mvc.perform(get("/models").param("vendor", "meta"))
            .andExpect(xpath("//section[@id='developer-transparency']//li[@id='fmti-2025-12']").string(containsString("31")))
            .andExpect(xpath("//section[@id='developer-transparency']//li[@id='fmti-2024-05']").string(containsString("60")));
        mvc.perform(get("/models/kimi-k2.5"))
            .andExpect(xpath("//section[@id='developer-transparency']/p[@class='missing']")
                .string(containsString("has not rated Moonshot")));
        mvc.perform(get("/models")).andExpect(xpath("//section[@id='developer-transparency']").doesNotExist());
    }

    @Test
    void theCatalogueStaysUsableWithManyModels() throws Exception {
        mvc.perform(get("/models"))
            .andExpect(xpath("//p[@id='shortcuts']/a[.=\"The articles' 2023 models\"]/@href").string("/models?year=2023"))
            .andExpect(xpath("//select[@name='year']/option[@value='2023']").exists());
        mvc.perform(get("/models").param("year", "2023").param("vendor", "mistral").param("status", "all"))
            .andExpect(xpath("count(//table[@id='catalogue']/tbody/tr)").number(2.0));
        mvc.perform(get("/models").param("year", "20x3")).andExpect(status().isBadRequest());
        mvc.perform(get("/models").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/compare"))
            .andExpect(xpath("//fieldset[legend='Open models']/details/summary[starts-with(.,'Meta')]").exists())
            .andExpect(xpath("//fieldset[legend='Closed models']/details/summary[starts-with(.,'OpenAI')]").exists());
        mvc.perform(get("/compare?models=gpt-4o"))
            .andExpect(status().isOk())
            .andExpect(xpath("//details[summary[starts-with(.,'OpenAI')]]/@open").exists());
    }
}
