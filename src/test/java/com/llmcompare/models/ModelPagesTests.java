package com.llmcompare.models;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ModelPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aModelPageDrawsItsPricesThroughTimeWithTheCataloguesDisagreementInSight() throws Exception {
        // genai-prices: Claude Sonnet 5 at $2 / $10 from 2026-06-30, $3 / $15 from 2026-09-01 ($4, then $6 at 3:1);
        // models.dev still states the first price
        mvc.perform(get("/models/claude-sonnet-5"))
            .andExpect(status().isOk())
            .andExpect(xpath("//figure[@id='price-history']//svg/title").string("Claude Sonnet 5: prices through time"))
            .andExpect(xpath("count(//figure[@id='price-history']//polyline)").number(2.0))
            .andExpect(xpath("//ol[@class='history-keys']/li[contains(., 'genai-prices')]")
                .string(containsString("$4.00 from 2026-06-30 to 2026-09-01; $6.00 from 2026-09-01")))
            .andExpect(xpath("//ol[@class='history-keys']/li[contains(., 'models.dev')]")
                .string(containsString("$4.00 from 2026-06-30")));
        // no per-token price, no chart
        mvc.perform(get("/models/bard"))
            .andExpect(xpath("//figure[@id='price-history']").doesNotExist());
    }

    @Test
    void catalogueListsEveryModelWithItsFacts() throws Exception {
        // status=all: retired models too (GPT-4, GPT-4 32K, GPT-3.5 Turbo, Claude 2, PaLM 2, Bard)
        mvc.perform(get("/models").param("status", "all"))
            .andExpect(status().isOk())
            .andExpect(xpath("count(//table[@id='catalogue']/tbody/tr)").number(50.0))
            .andExpect(xpath("//p[@id='count']").string(containsString("214 of 214 models, showing 1–50")))
            .andExpect(xpath("//nav[@class='paging']//a[@rel='next']/@href").string("/models?page=2&status=all"));
        mvc.perform(get("/models").param("page", "5").param("status", "all"))
            .andExpect(xpath("count(//table[@id='catalogue']/tbody/tr)").number(14.0));
        // by default, the models that can still be used
        mvc.perform(get("/models"))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@id='count']").string(containsString("161 of 214 models")))
            .andExpect(xpath("count(//table[@id='catalogue']//tr[th/a[starts-with(.,'GPT-4 (8K)')]])").number(0.0));
        // The articles' 2023 models, one click from the catalogue
        mvc.perform(get("/models").param("year", "2023").param("status", "all"))
            .andExpect(status().isOk())
            .andExpect(xpath("count(//table[@id='catalogue']/tbody/tr)").number(20.0))
            .andExpect(xpath("//table[@id='catalogue']//tr[th/a='Llama 2 70B']/td[4]").string(containsString("70B")))
            .andExpect(xpath("//table[@id='catalogue']//tr[th/a='Llama 2 70B']/td[5]").string(containsString("4,096")))
            .andExpect(xpath("//table[@id='catalogue']//tr[th/a='Llama 2 70B']/td[3]").string(containsString("Open weights")))
            .andExpect(xpath("//table[@id='catalogue']//tr[th/a[starts-with(.,'GPT-4 (8K)')]]/td[4]")
                .string(containsString("not disclosed")))
            .andExpect(xpath("//form[@action='/compare']//input[@type='checkbox'][@name='models'][@value='gpt-4']")
                .exists());
    }

    @Test
    void catalogueFiltersByOpennessVendorLicenceAndSearch() throws Exception {
        // On the European Open Source AI Index's evidence no model of the data set is open source.
        mvc.perform(get("/models").param("openness", "open-source"))
            .andExpect(status().isOk())
            .andExpect(xpath("count(//table[@id='catalogue']/tbody/tr)").number(0.0));
        mvc.perform(get("/models").param("openness", "open-weights").param("q", "bert"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("BERT")));
        mvc.perform(get("/models").param("openness", "open-weights").param("q", "t5"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("T5")));
        mvc.perform(get("/models").param("vendor", "meta").param("license", "llama-2-community"))
            .andExpect(xpath("count(//table[@id='catalogue']/tbody/tr)").number(8.0));
        mvc.perform(get("/models").param("q", "falcon").param("utm_source", "newsletter"))
            .andExpect(status().isOk())
            .andExpect(xpath("count(//table[@id='catalogue']/tbody/tr)").number(3.0));
        mvc.perform(get("/models").param("openness", "closed"))
            .andExpect(xpath("//table[@id='catalogue']/tbody").string(not(containsString("Llama"))));
    }

    @Test
    void catalogueSortsByParametersWithMissingValuesLast() throws Exception {
        mvc.perform(get("/models").param("sort", "parameters").param("dir", "desc").param("year", "2023")
                .param("status", "all"))
            .andExpect(status().isOk())
            .andExpect(xpath("//table[@id='catalogue']/tbody/tr[1]/th/a").string("Falcon-180B"))
            .andExpect(xpath("//table[@id='catalogue']/tbody/tr[last()]/td[4]").string(containsString("not disclosed")))
            .andExpect(xpath("//thead//th[@aria-sort='descending']/a").string("Parameters"));
        mvc.perform(get("/models").param("sort", "context"))
            .andExpect(xpath("//table[@id='catalogue']/tbody/tr[1]/td[5]").string(containsString("512")));
    }

    @Test
    void badCatalogueParametersAre400sNamingTheParameter() throws Exception {
        mvc.perform(get("/models").param("sort", "size"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("sort must be one of name, vendor, release")));
        mvc.perform(get("/models").param("openness", "<b>very</b>"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("openness must be one of")))
            .andExpect(content().string(not(containsString("<b>very</b>"))));
        mvc.perform(get("/models").param("dir", "up")).andExpect(status().isBadRequest());
        mvc.perform(get("/models").param("q", "x".repeat(101))).andExpect(status().isBadRequest());
    }

    @Test
    void gpt4PageShowsContextConflictSpeculationAndSources() throws Exception {
        mvc.perform(get("/models/gpt-4"))
            .andExpect(status().isOk())
            .andExpect(xpath("//dd[@id='fact-context']").string(allOf(containsString("8,192 tokens"),
                    containsString("The article says"), containsString("8000"))))
            .andExpect(xpath("//dd[@id='fact-parameters']").string(allOf(containsString("not disclosed"),
                    containsString("1-2 trillion"), containsString("1.76T"), containsString("speculated"))))
            .andExpect(xpath("//table[@id='scores-table']//tr[th/a='MMLU']/td[1]").string(containsString("86.4%")))
            .andExpect(xpath("//table[@id='scores-table']//tr[th/a='MMLU']/td[2]").string(containsString("5-shot")))
            .andExpect(xpath("//table[@id='scores-table']//tr[th/a='HumanEval']/td[1]").string(containsString("67%")))
            .andExpect(content().string(containsString("Results of systems built on this model")))
            .andExpect(xpath("//table[@id='prices-table']//tr[1]/td[1]").string("$30"))
            .andExpect(xpath("//table[@id='prices-table']//tr[1]/td[3]").string("$0.03 / $0.06"))
            .andExpect(xpath("//sup[@class='cite']/a[@href='/sources#seed-000']").exists())
            .andExpect(xpath("//section[@class='references']//a[@href='/sources#gpt4-tech-report']").exists())
            .andExpect(xpath("//p[@id='openness-reason']").string(containsString("Closed")));
    }

    @Test
    void llama2PageQuotesTheLicenceClauseAndExplainsItsLevel() throws Exception {
        mvc.perform(get("/models/llama-2-70b"))
            .andExpect(status().isOk())
            .andExpect(xpath("//dd[@id='fact-license']").string(containsString("700 million monthly active users")))
            .andExpect(xpath("//p[@id='openness-reason']").string(allOf(containsString("Open weights"),
                    containsString("not OSI-approved"), containsString("training code is not public"))))
            .andExpect(xpath("//dd[@id='fact-context']").string(containsString("32000")))
            .andExpect(xpath("//table[@id='scores-table']//tr[th/a='HumanEval']/td[1]").string(containsString("29.9%")))
            .andExpect(content().string(containsString("Llama 2 70B Chat")));
    }

    @Test
    void bardHasNoPriceAndNoZero() throws Exception {
        mvc.perform(get("/models/bard"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("No API price in the data set")))
            .andExpect(content().string(not(containsString("$0 "))));
    }

    @Test
    void unknownModelIs404WithSuggestions() throws Exception {
        mvc.perform(get("/models/gpt4"))
            .andExpect(status().isNotFound())
            .andExpect(xpath("//p[@id='problem-detail']").string(containsString("gpt4")))
            .andExpect(xpath("//ul[@id='suggestions']/li[1]/a").string("gpt-4"))
            .andExpect(xpath("//ul[@id='suggestions']/li[1]/a/@href").string("/models/gpt-4"));
    }

    @Test
    void unknownModelSlugIsEscaped() throws Exception {
        mvc.perform(get("/models/{slug}", "\"><img src=x onerror=alert(1)>"))
            .andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString("<img src=x"))))
            .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")));
    }

    @Test
    void unknownPagesAre404PagesNotWhitelabel() throws Exception {
        mvc.perform(get("/no-such-page"))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("There is no page at this address")))
            .andExpect(content().string(not(containsString("Whitelabel"))));
    }

    @Test
    void homePageLeadsToTheToolsAndReadyComparisons() throws Exception {
        mvc.perform(get("/"))
            .andExpect(status().isOk())
            // ready comparisons suggest models that can still be used: today's first, then the articles' open ones
            .andExpect(xpath("//a[@href='/compare?models=gpt-5.5,claude-sonnet-5,gemini-3.1-pro-preview']")
                .string(containsString("GPT-5.5 vs Claude Sonnet 5")))
            .andExpect(xpath("//a[@href='/compare?models=falcon-40b,llama-2-70b']").string("Falcon-40B vs Llama 2 70B"))
            .andExpect(xpath("//a[@href='/compare?models=gpt-4,llama-2-70b']").doesNotExist())
            .andExpect(xpath("//footer").string(containsString("Data set")));
    }
}
