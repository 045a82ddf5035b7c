package com.llmcompare.cost;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The billing dimensions on /cost and /api/cost with today's data set: Claude Sonnet 4.5 at Anthropic
 * (genai-prices: $3 / $15, above 200,000 input tokens a request $6 / $22.50; cache read $0.30, writes $3.75
 * and $6) and GPT-4.1 at OpenAI ($2 / $8).
 */
@SpringBootTest
@AutoConfigureMockMvc
class BillingPagesTests {

    private static final String SONNET = "p-genai-prices.anthropic.claude-sonnet-4-5-2026-07-29";

    private static final String ROW = "//table[@id='api-costs']//tr[@data-price='" + SONNET + "']";

    @Autowired
    MockMvc mvc;

    @Test
    void aLongRequestIsBilledAtTheTierAndThePageSaysWhy() throws Exception {
        // 304.375 requests of 250,000 in and 1,000 out: 76,093,750 × $6 + 304,375 × $22.50 per 1M = $463.41
        mvc.perform(get("/cost?models=claude-sonnet-4.5&requestsPerDay=10&inputTokensPerRequest=250000"
                + "&outputTokensPerRequest=1000"))
            .andExpect(status().isOk())
            .andExpect(xpath(ROW + "/td[contains(@class,'monthly')]").string("$463.41"))
            .andExpect(xpath(ROW + "//p[contains(@class,'bill-note')]").string(containsString("long-context tier")))
            .andExpect(xpath(ROW + "//dd[@class='bill-tier']")
                .string("the long-context tier above 200,000 input tokens a request"));
        mvc.perform(get("/api/cost?models=claude-sonnet-4.5&requestsPerDay=10&inputTokensPerRequest=250000"
                + "&outputTokensPerRequest=1000"))
            .andExpect(jsonPath("$.api[0].monthlyUsd").value(463.41))
            .andExpect(jsonPath("$.api[0].bill.tierAboveInputTokens").value(200000))
            .andExpect(jsonPath("$.api[0].bill.inputUsd").value(456.5625));
    }

    @Test
    void cacheReadsAndOneHourWritesAreBilledAtTheirRatesAndKeptInTheLink() throws Exception {
        // 10M input: 40% plain × $3 + 40% read × $0.30 + 20% written for an hour × $6, 1M output × $15 = $40.20
        mvc.perform(get("/cost?models=claude-sonnet-4.5&inputTokens=10000000&outputTokens=1000000&cachedShare=40"
                + "&cacheWrite1hShare=20"))
            .andExpect(status().isOk())
            .andExpect(xpath(ROW + "/td[contains(@class,'monthly')]").string("$40.20"))
            .andExpect(xpath(ROW + "//dd[@class='bill-writes']").string("$12.00"))
            .andExpect(xpath(ROW + "//dd[@class='bill-cached']").string("$1.20"))
            // a monthly total cannot place a tier: said, not guessed
            .andExpect(xpath(ROW + "//p[contains(@class,'bill-note')]").string(containsString("base rates")))
            .andExpect(xpath("//a[@id='share-link']/@href").string(containsString("&cachedShare=40&cacheWrite1hShare=20&")))
            .andExpect(xpath("//a[@id='share-link']/@href").string(not(containsString("cacheWriteShare"))))
            .andExpect(xpath("//details[@id='billing-details']/@open").exists());
    }

    @Test
    void reasoningTokensAreBilledAsOutput() throws Exception {
        // 30,437.5 requests: 15,218,750 in × $2 + (200 + 800) × 30,437.5 out × $8 per 1M = $273.94, $194.80 of it reasoning
        String query = "?models=gpt-4.1&requestsPerDay=1000&inputTokensPerRequest=500&outputTokensPerRequest=200"
                + "&reasoningTokensPerRequest=800";
        mvc.perform(get("/cost" + query))
            .andExpect(status().isOk())
            .andExpect(xpath("//table[@id='api-costs']/tbody[1]/tr[1]/td[contains(@class,'monthly')]").string("$273.94"))
            .andExpect(xpath("//table[@id='api-costs']/tbody[1]/tr[1]//dd[@class='bill-reasoning']").string("$194.80"))
            .andExpect(xpath("//a[@id='share-link']/@href").string(containsString("&reasoningTokensPerRequest=800&")));
        mvc.perform(get("/api/cost" + query))
            .andExpect(jsonPath("$.workload.reasoningTokensPerMonth").value(24350000))
            .andExpect(jsonPath("$.api[0].bill.reasoningUsd").value(194.8));
    }

    @Test
    void linksWithoutTheNewOptionsKeepTheirTotalsAndTheirSpelling() throws Exception {
        mvc.perform(get("/cost?models=gpt-4.1&inputTokens=1000000&outputTokens=1000000"))
            .andExpect(xpath("//table[@id='api-costs']/tbody[1]/tr[1]/td[contains(@class,'monthly')]").string("$10.00"))
            .andExpect(xpath("//a[@id='share-link']/@href")
                .string("/cost?models=gpt-4.1&inputTokens=1000000&outputTokens=1000000&cachedShare=0&utilization=50"))
            .andExpect(xpath("//details[@id='billing-details']/@open").doesNotExist())
            .andExpect(xpath("//details[@class='bill']").doesNotExist());
    }

    @Test
    void cacheSharesOverAllTheInputAreA400NamingTheField() throws Exception {
        mvc.perform(get("/cost?models=gpt-4.1&cachedShare=90&cacheWriteShare=20"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//*[@id='e-cacheWriteShare']").string(containsString("come to 110%")))
            .andExpect(xpath("//input[@id='f-cacheWriteShare']/@value").string("20"))
            .andExpect(xpath("//details[@id='billing-details']/@open").exists());
        mvc.perform(get("/api/cost?models=gpt-4.1&reasoningTokens=9999999999999"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void aWorkloadIsCostedAtAnEarlierDaysPricesWithAsOf() throws Exception {
        // GPT-4 (8K) was shut down on 2026-10-23; on 2024-01-01 it was on sale at $30 / $60
        mvc.perform(get("/cost?models=gpt-4&inputTokens=1000000&outputTokens=1000000&asOf=2024-01-01"))
            .andExpect(status().isOk())
            .andExpect(xpath("//table[@id='api-costs']//tr[@data-price='p-gpt4-8k']/td[contains(@class,'monthly')]")
                .string("$90.00"))
            .andExpect(xpath("count(//table[@id='api-costs']//span[contains(@class,'badge')][.='retired'])").number(0.0))
            .andExpect(xpath("//strong[@id='as-of']").string("2024-01-01"))
            .andExpect(xpath("//a[@id='share-link']/@href").string(containsString("&utilization=50&asOf=2024-01-01")))
            .andExpect(xpath("//input[@id='f-asOf']/@value").string("2024-01-01"));
        // today it is retired, priced at its last price for comparison only
        mvc.perform(get("/cost?models=gpt-4&inputTokens=1000000&outputTokens=1000000"))
            .andExpect(xpath("count(//table[@id='api-costs']//span[contains(@class,'badge')][.='retired'])")
                .number(org.hamcrest.Matchers.greaterThan(0.0)));
        mvc.perform(get("/api/cost?models=gpt-4&asOf=2024-01-01"))
            .andExpect(jsonPath("$.asOf").value("2024-01-01"))
            .andExpect(jsonPath("$.api[0].retired").value(false));
    }

    @Test
    void anAsOfThatIsNotADayInTheDataSetsRangeIsA400NamingIt() throws Exception {
        for (String bad : new String[] { "2025-13-01", "yesterday", "2022-12-31", "2026-11-24" }) {
            mvc.perform(get("/cost?models=gpt-4.1&asOf=" + bad))
                .andExpect(status().isBadRequest())
                .andExpect(xpath("//*[@id='e-asOf']").string(containsString("asOf")))
                .andExpect(xpath("//*[@id='e-asOf']").string(containsString("from 2023-01-01 to today, 2026-11-23")));
        }
        // the first and the last day allowed
        mvc.perform(get("/cost?models=gpt-4.1&asOf=2023-01-01")).andExpect(status().isOk());
        mvc.perform(get("/cost?models=gpt-4.1&asOf=2026-11-23")).andExpect(status().isOk());
    }

    @Test
    void theBatchShareIsBilledAtTheProvidersOwnDiscount() throws Exception {
        // Anthropic's batch API: 50% off; $30 + $15 a month all through it: $22.50
        mvc.perform(get("/cost?models=claude-sonnet-4.5&inputTokens=10000000&outputTokens=1000000&batchShare=100"))
            .andExpect(status().isOk())
            .andExpect(xpath(ROW + "/td[contains(@class,'monthly')]").string("$22.50"))
            .andExpect(xpath(ROW + "//dd[@class='bill-batch']/span").string("−$22.50"))
            .andExpect(xpath(ROW + "//dd[@class='bill-batch']//a[@href='/sources#anthropic-batch-processing']").exists())
            .andExpect(xpath(ROW + "//p[contains(@class,'bill-note')][starts-with(., '50%% off')]")
                .string("50% off the batch share's tokens (turnaround: under 1 hour for most batches)."));
        mvc.perform(get("/api/cost?models=claude-sonnet-4.5&inputTokens=10000000&outputTokens=1000000&batchShare=100"))
            .andExpect(jsonPath("$.api[0].bill.batchDiscountPercent").value(50))
            .andExpect(jsonPath("$.api[0].bill.batchSavingUsd").value(22.5));
        mvc.perform(get("/cost.csv?models=claude-sonnet-4.5&inputTokens=10000000&outputTokens=1000000&batchShare=100"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(",22.50,")))
            .andExpect(content().string(containsString("50% off the batch share's tokens (turnaround: under 1 hour for most batches)")))
            .andExpect(content().string(containsString("anthropic-batch-processing")));
    }
}
