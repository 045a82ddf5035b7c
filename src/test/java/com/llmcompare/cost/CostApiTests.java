package com.llmcompare.cost;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/cost} and {@code /cost.csv}: the page's numbers as JSON with sources, and as a table. */
@SpringBootTest
@AutoConfigureMockMvc
class CostApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void gpt4At1MEachWayIs90DollarsAnd32kIs180() throws Exception {
        mvc.perform(get("/api/cost?models=gpt-4,gpt-4-32k&inputTokens=1000000&outputTokens=1000000"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.api", hasSize(2)))
            .andExpect(jsonPath("$.api[0].priceId").value("p-gpt4-8k"))
            .andExpect(jsonPath("$.api[0].monthlyUsd").value(90.0))
            .andExpect(jsonPath("$.api[0].monthlyUsdExact").value(90))
            .andExpect(jsonPath("$.api[0].inputPer1M").value(30))
            .andExpect(jsonPath("$.api[0].inputPer1K").value(0.03))
            .andExpect(jsonPath("$.api[0].multipleOfCheapest").value(1))
            .andExpect(jsonPath("$.api[1].priceId").value("p-gpt4-32k"))
            .andExpect(jsonPath("$.api[1].monthlyUsd").value(180.0))
            .andExpect(jsonPath("$.api[1].multipleOfCheapest").value(2))
            .andExpect(jsonPath("$.api[1].retired").value(true))
            .andExpect(jsonPath("$.api[1].warning").value(containsString("Retired on 2025-06-06")))
            .andExpect(jsonPath("$.api[0].lastChecked").value("2024-06-06"))
            .andExpect(jsonPath("$.api[0].ageDays").value(900))
            .andExpect(jsonPath("$.api[0].old").value(true))
            .andExpect(jsonPath("$.api[0].sources[*].id").value(hasItem("sada-genai-pricing-2023")))
            .andExpect(jsonPath("$.api[0].sources[0].citation").value("/sources#sada-genai-pricing-2023"))
            .andExpect(jsonPath("$.shareUrl").value("/cost?models=gpt-4,gpt-4-32k&inputTokens=1000000"
                    + "&outputTokens=1000000&cachedShare=0&utilization=50"))
            .andExpect(jsonPath("$.workload.daysPerMonth").value(30.4375))
            .andExpect(jsonPath("$.today").value("2026-11-23"));
    }

    @Test
    void perRequestWorkloadHasACostPerRequest() throws Exception {
        mvc.perform(get("/api/cost?models=gpt-4&requestsPerDay=1000&inputTokensPerRequest=500&outputTokensPerRequest=100"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.workload.inputTokensPerMonth").value(15218750))
            .andExpect(jsonPath("$.workload.outputTokensPerMonth").value(3043750))
            .andExpect(jsonPath("$.api[0].monthlyUsd").value(639.19))
            .andExpect(jsonPath("$.api[0].monthlyUsdExact").value(639.1875))
            .andExpect(jsonPath("$.api[0].perRequestUsd").value(0.021));
    }

    @Test
    void unpricedModelsSaySoAndSelfHostingCarriesItsAssumptionsAndSources() throws Exception {
        mvc.perform(get("/api/cost?models=gpt-4,llama-2-70b,bard"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.unpriced[*].model").value(allOf(hasItem("llama-2-70b"), hasItem("bard"))))
            .andExpect(jsonPath("$.unpriced[?(@.model=='bard')].reason").value(hasItem(containsString("no API"))))
            .andExpect(jsonPath("$.selfHosting", hasSize(1)))
            .andExpect(jsonPath("$.selfHosting[0].model").value("llama-2-70b"))
            .andExpect(jsonPath("$.selfHosting[0].gpusNeeded").value(3))
            .andExpect(jsonPath("$.selfHosting[0].sizing").value(containsString("168 GB")))
            .andExpect(jsonPath("$.selfHosting[0].alwaysOnMonthlyUsd").value(6613.8))
            .andExpect(jsonPath("$.selfHosting[0].gpuHourlyUsd.value").value(3.02))
            .andExpect(jsonPath("$.selfHosting[0].gpuHourlyUsd.source.id").value("llm-price-compass"))
            .andExpect(jsonPath("$.selfHosting[0].tokensPerSecond.value").value(3999))
            .andExpect(jsonPath("$.selfHosting[0].tokensPerSecond.confidence").value("low"))
            .andExpect(jsonPath("$.selfHosting[0].gpuMemoryGb.source.id").value("nvidia-h100-mig-guide"))
            .andExpect(jsonPath("$.selfHosting[0].breakEven[0].priceId").value("p-gpt4-8k"))
            .andExpect(jsonPath("$.selfHosting[0].breakEven[0].breakEvenTokensPerMonth").value(146973333))
            .andExpect(jsonPath("$.selfHosting[0].breakEven[0].onDemand").value("cheaper at every volume"))
            .andExpect(jsonPath("$.notSelfHosted[*].model").value(allOf(hasItem("gpt-4"), hasItem("bard"))));
    }

    @Test
    void theClaimsComeWithTheirRatiosAndSources() throws Exception {
        mvc.perform(get("/api/cost"))
            .andExpect(jsonPath("$.claims[0].id").value("claim-18x"))
            .andExpect(jsonPath("$.claims[0].claimedRatio").value(18))
            .andExpect(jsonPath("$.claims[0].ratio").value(29.4118))
            .andExpect(jsonPath("$.claims[0].numerator.costPerRequestUsd").value(0.042))
            .andExpect(jsonPath("$.claims[0].denominator.costPerRequestUsd").value(0.001428))
            .andExpect(jsonPath("$.claims[0].source.id").value("seed-000"))
            .andExpect(jsonPath("$.claims[1].ratio").value(0.7516))
            .andExpect(jsonPath("$.claims[1].counterpartSource.id").value("konko-llama2-70b"));
    }

    @Test
    void csvHasTheResultTableSortedByMonthlyCost() throws Exception {
        String csv = mvc.perform(get("/cost.csv?models=gpt-4-32k,gpt-4,llama-2-70b,bard&utm_source=x"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn().getResponse().getContentAsString();
        String[] lines = csv.split("\r\n");
        org.assertj.core.api.Assertions.assertThat(lines[0]).startsWith("option,model,name,provider,offer,price_id,"
                + "input_usd_per_1m,output_usd_per_1m,input_usd_per_1k,output_usd_per_1k,tokenizer_multiplier,monthly_usd");
        org.assertj.core.api.Assertions.assertThat(lines[1]).startsWith("api,gpt-4,GPT-4 (8K),OpenAI,")
            .contains(",p-gpt4-8k,30,60,0.03,0.06,1,90.00,,1.00,true,2023-03-14,2024-06-06,900,");
        org.assertj.core.api.Assertions.assertThat(lines[2]).startsWith("api,gpt-4-32k,").contains(",180.00,,2.00,true,");
        org.assertj.core.api.Assertions.assertThat(lines[3]).startsWith("self-hosted always-on,llama-2-70b,")
            .contains(",6613.80,");
        org.assertj.core.api.Assertions.assertThat(lines[4]).startsWith("self-hosted on demand,llama-2-70b,")
            .contains(",3.00,");
        org.assertj.core.api.Assertions.assertThat(csv).contains("no price,llama-2-70b,").contains("no price,bard,");
    }

    @Test
    void csvCellsAreQuotedAndDefused() {
        org.assertj.core.api.Assertions.assertThat(CostCsv.cell("a, b")).isEqualTo("\"a, b\"");
        org.assertj.core.api.Assertions.assertThat(CostCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        org.assertj.core.api.Assertions.assertThat(CostCsv.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        org.assertj.core.api.Assertions.assertThat(CostCsv.cell("-0.5")).isEqualTo("-0.5");
    }

    @Test
    void theApiIsDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/cost']").exists());
    }
}
