package com.llmcompare.compare;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The answer at a glance on the compare, model and cost pages, and the quality-against-price chart, on
 * the data set as of the tests' day (2026-11-23).
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerdictPagesTests {

    private static final String TODAYS = "/compare?models=gpt-5.2,claude-opus-4.5,llama-3.3-70b-instruct,gpt-4";

    @Autowired
    MockMvc mvc;

    @Test
    void theComparisonsVerdictNamesTheCheapestTheBestAndTheRetiredEachLinkingToItsRow() throws Exception {
        mvc.perform(get(TODAYS))
            .andExpect(status().isOk())
            // (3 × $0.10 + 1 × $0.32) ÷ 4 = $0.155 at DeepInfra, against GPT-5.2's (3 × $1.75 + $14) ÷ 4
            .andExpect(xpath("//li[@id='verdict-cheapest']/a").string("Llama 3.3 70B Instruct — $0.16"))
            .andExpect(xpath("//li[@id='verdict-cheapest']/a/@href").string("#row-price-mix"))
            .andExpect(xpath("//li[@id='verdict-cheapest']//span[@class='verdict-detail muted']")
                .string("next: GPT-5.2 — $4.81"))
            .andExpect(xpath("//tr[@id='row-price-mix']").exists())
            .andExpect(xpath("//li[@id='verdict-benchmark-swe-bench-verified']/a")
                .string("Claude Opus 4.5 — 76.65%"))
            .andExpect(xpath("//li[@id='verdict-benchmark-swe-bench-verified']/a/@href")
                .string("#row-benchmark-swe-bench-verified"))
            .andExpect(xpath("//li[@id='verdict-benchmark-eci']/a").string("GPT-5.2 — 153.7"))
            .andExpect(xpath("//li[@id='verdict-context']/a").string("GPT-5.2 — 400,000"))
            .andExpect(xpath("//li[@id='verdict-openness']/a").string("Llama 3.3 70B Instruct — open weights"))
            .andExpect(xpath("//li[@id='verdict-retired']/a").string("GPT-4 (8K) (retired 2026-10-23)"))
            // every finding cites its source, and the working folds under it
            .andExpect(xpath("//li[@id='verdict-cheapest']/sup[@class='cite']").exists())
            .andExpect(xpath("//li[@id='verdict-cheapest']/details/p").string(startsWith("(3 × $0.10 + 1 × $0.32) ÷ 4")));
    }

    @Test
    void withoutACurrentPriceTheVerdictSaysSoInsteadOfNamingACheapest() throws Exception {
        mvc.perform(get("/compare?models=gpt-4,llama-2-70b"))
            .andExpect(xpath("//li[@id='verdict-cheapest']/a").string("none of them has a current per-token price"))
            .andExpect(xpath("//li[@id='verdict-benchmark-eci']//span[@class='verdict-detail muted']")
                .string("the only one of the 2 with a value"));
    }

    @Test
    void theChartRingsTheComparedModelsDrawsTheFrontierAndSwitchesBenchmark() throws Exception {
        mvc.perform(get(TODAYS))
            .andExpect(xpath("//figure[@id='quality-chart']//a[contains(@class,'ringed')]").nodeCount(4))
            .andExpect(xpath("//figure[@id='quality-chart']//a[@data-model='gpt-4' and contains(@class,'retired')]")
                .exists())
            .andExpect(xpath("//figure[@id='quality-chart']//a[@data-model='llama-3.3-70b-instruct']/rect").exists())
            .andExpect(xpath("//figure[@id='quality-chart']//a[@data-model='gpt-5.2']/circle[@class='mark']").exists())
            .andExpect(xpath("//figure[@id='quality-chart']//polyline[@class='frontier']").exists())
            .andExpect(xpath("//nav[@class='chart-switch']/a[@aria-current='true']").string("Epoch Capabilities Index"))
            .andExpect(xpath("//nav[@class='chart-switch']/a[text()='SWE-bench Verified']/@href")
                .string(TODAYS + "&chart=swe-bench-verified#quality-chart"));
        mvc.perform(get(TODAYS + "&chart=swe-bench-verified"))
            .andExpect(status().isOk())
            .andExpect(xpath("//nav[@class='chart-switch']/a[@aria-current='true']").string("SWE-bench Verified"))
            .andExpect(xpath("//figure[@id='quality-chart']//a[@data-model='claude-opus-4.5']/title")
                .string(containsString("SWE-bench Verified 76.65%")));
    }

    @Test
    void anUnknownChartIsA400NamingTheChoices() throws Exception {
        mvc.perform(get(TODAYS + "&chart=mmlu<script>"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("chart must be one of eci, ")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
    }

    @Test
    void theModelPageGivesStatusPriceRanksAndButtonsToItsPeers() throws Exception {
        mvc.perform(get("/models/gpt-4.1"))
            .andExpect(status().isOk())
            .andExpect(xpath("//li[@id='verdict-status']/a").string("available"))
            .andExpect(xpath("//li[@id='verdict-cheapest']/a").string("$3.50 per 1M tokens at OpenAI"))
            .andExpect(xpath("//li[@id='verdict-rank-swe-bench-verified']/a").string("21st of 33 — 48.54%"))
            .andExpect(xpath("//li[@id='verdict-rank-eci']/a").string("49th of 89 — 137.5"))
            .andExpect(xpath("//a[@id='compare-peers']/@href").string(
                    "/compare?models=gpt-4.1,deepseek-v3-0324,qwen3-235b-a22b-instruct-2507,gpt-4.1-mini,ministral-3b"))
            .andExpect(xpath("//a[@id='cost-it']/@href").string("/cost?models=gpt-4.1"));
    }

    @Test
    void aRetiredModelSaysSoAndNamesItsSuccessor() throws Exception {
        mvc.perform(get("/models/claude-3-opus"))
            .andExpect(xpath("//li[@id='verdict-status']/a").string(startsWith("retired")))
            .andExpect(xpath("//li[@id='verdict-status']//span[@class='verdict-detail muted']")
                .string(containsString("Successor named by the vendor: Claude Opus")))
            .andExpect(xpath("//li[@id='verdict-cheapest']/a").string("none: retired"));
    }

    @Test
    void compareHasOneCardPerModelForNarrowScreensReadOffTheTable() throws Exception {
        mvc.perform(get("/compare?models=gpt-4.1,llama-2-70b"))
            .andExpect(status().isOk())
            .andExpect(xpath("//section[@id='compare-cards']/article[@class='model-card']").nodeCount(2))
            .andExpect(xpath("//article[@id='card-gpt-4.1']/h3/a/@href").string("/models/gpt-4.1"))
            // the same cell as the table's: GPT-4.1's 1,047,576-token window, marked best
            .andExpect(xpath("//article[@id='card-gpt-4.1']//dd[@data-row='context']/span[@class='value']")
                .string(containsString("1,047,576")))
            .andExpect(xpath("//article[@id='card-gpt-4.1']//dd[@data-row='context']/@class").string("best"))
            .andExpect(xpath("//article[@id='card-llama-2-70b']//dd[@data-row='lifecycle']").exists())
            .andExpect(xpath("//article[@id='card-llama-2-70b']//dt/a[.='Context window']/@href").string("#row-context"));
    }

    @Test
    void theCostVerdictNamesTheCheapestWayAndHowManyTimesCheaperItIs() throws Exception {
        mvc.perform(get("/cost?models=gpt-4.1,llama-3.3-70b-instruct,claude-opus-4.5&inputTokens=30000000"
                + "&outputTokens=10000000"))
            .andExpect(status().isOk())
            // 30M × $0.10 + 10M × $0.32 per 1M = $6.20 at DeepInfra
            .andExpect(xpath("//li[@id='verdict-cheapest']/a").string("Llama 3.3 70B Instruct — DeepInfra — $6.20 a month"))
            .andExpect(xpath("//li[@id='verdict-cheapest']/a/@href").string(startsWith("#offer-")))
            .andExpect(xpath("//li[@id='verdict-cheapest']//span[@class='verdict-detail muted']")
                // the next options are other models (30M × $2 + 10M × $8 = $140 for GPT-4.1), not the same one elsewhere
                .string("22.58× cheaper than GPT-4.1 — OpenAI ($140.00); 64.52× cheaper than Claude Opus 4.5 — "
                        + "Anthropic ($400.00)"));
    }

    @Test
    void theCostVerdictNamesTheCheapestSelfHostedOptionAndItsBreakEven() throws Exception {
        mvc.perform(get("/cost?models=gpt-4,llama-2-70b&inputTokens=1000000&outputTokens=1000000"))
            .andExpect(xpath("//li[@id='verdict-self-hosted']/a").string(containsString("Llama 2 70B always-on")))
            .andExpect(xpath("//li[@id='verdict-self-hosted']//span[@class='verdict-detail muted']")
                .string("breaks even with GPT-4 (8K) — OpenAI (retired, its last price) at 147M tokens a month; "
                        + "your workload is below it"));
    }

    @Test
    void theHomePageAndEachBenchmarkPageDrawTheChartToo() throws Exception {
        mvc.perform(get("/"))
            .andExpect(status().isOk())
            .andExpect(xpath("//figure[@id='quality-chart']//a[@data-model='gpt-5.2']").exists())
            .andExpect(xpath("//nav[@class='chart-switch']/a[text()='FrontierMath']/@href")
                .string("/?chart=frontiermath#quality-chart"));
        mvc.perform(get("/benchmarks/swe-bench-verified"))
            .andExpect(status().isOk())
            .andExpect(xpath("//figure[@id='quality-chart']//a[@data-model='claude-opus-4.5']/title")
                .string(containsString("SWE-bench Verified 76.65%")))
            .andExpect(xpath("//nav[@class='chart-switch']/a").nodeCount(1));
    }

    @Test
    void theCatalogueSortsByThePriceAtAMixAndByQuality() throws Exception {
        // Ministral 3B: $0.04 in and out per 1M tokens, so $0.04 at any mix
        mvc.perform(get("/models?sort=blended"))
            .andExpect(status().isOk())
            .andExpect(xpath("(//table[@id='catalogue']/tbody/tr)[1]//input/@value").string("ministral-3b"))
            .andExpect(xpath("(//table[@id='catalogue']/tbody/tr)[1]/td[contains(@class,'blended')]/span")
                .string("$0.04"))
            .andExpect(xpath("//table[@id='catalogue']//th/a[starts-with(text(),'Price at')]").string("Price at 3:1"));
        // best first on the Epoch Capabilities Index
        mvc.perform(get("/models?sort=quality"))
            .andExpect(xpath("(//table[@id='catalogue']/tbody/tr)[1]//input/@value").string("gpt-5.4-pro"));
        // a mix is part of the link and changes the weights: GPT-4.1 is $2 in, $8 out
        mvc.perform(get("/models?q=gpt-4.1&mix=1:1"))
            .andExpect(xpath("//tr[.//input[@value='gpt-4.1']]/td[contains(@class,'blended')]/span").string("$5.00"))
            .andExpect(xpath("//table[@id='catalogue']//th/a[starts-with(text(),'Price at')]/@href")
                .string("/models?q=gpt-4.1&sort=blended&mix=1%3A1"));
        mvc.perform(get("/models?q=gpt-4.1"))
            .andExpect(xpath("//tr[.//input[@value='gpt-4.1']]/td[contains(@class,'blended')]/span").string("$3.50"));
    }

    @Test
    void aBadMixIsA400NamingTheRule() throws Exception {
        mvc.perform(get("/models?mix=0:0"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("mix must be input:output tokens as two whole numbers")));
    }

    @Test
    void theCostPageChartsQualityAgainstTheWorkloadsMonthlyCostAsTheTableGivesIt() throws Exception {
        String cost = "/cost?models=gpt-4.1,llama-3.3-70b-instruct&inputTokens=30000000&outputTokens=10000000";
        // GPT-4.1: 30M × $2 + 10M × $8 per 1M tokens = $140.00, the same as its row in the table
        mvc.perform(get(cost))
            .andExpect(xpath("//tr[@data-model='gpt-4.1']/td[contains(@class,'monthly')]").string("$140.00"))
            .andExpect(xpath("//figure[@id='quality-chart']//a[@data-model='gpt-4.1']/title")
                .string(containsString("at $140.00 a month")))
            .andExpect(xpath("//figure[@id='quality-chart']//a[contains(@class,'ringed')]").nodeCount(2))
            .andExpect(xpath("//nav[@class='chart-switch']/a[text()='ARC-AGI-2']/@href")
                .string(startsWith("/cost?models=gpt-4.1,llama-3.3-70b-instruct&inputTokens=30000000")));
        mvc.perform(get(cost + "&chart=nope")).andExpect(status().isBadRequest());
    }
}
