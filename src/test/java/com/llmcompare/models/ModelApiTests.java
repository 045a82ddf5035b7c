package com.llmcompare.models;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ModelApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsModelsWithFilters() throws Exception {
        mvc.perform(get("/api/models").param("status", "all"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(214)))
            .andExpect(jsonPath("$[?(@.slug=='llama-2-70b')].contextTokens").value(hasItem(4096)))
            .andExpect(jsonPath("$[?(@.slug=='llama-2-70b')].openness.level").value(hasItem("open-weights")));
        mvc.perform(get("/api/models").param("year", "2023").param("status", "all"))
            .andExpect(jsonPath("$", hasSize(20)))
            .andExpect(jsonPath("$[*].slug").value(org.hamcrest.Matchers.hasItems("gpt-4", "llama-2-70b", "mixtral-8x7b")));
        // by default, retired models are left out
        mvc.perform(get("/api/models"))
            .andExpect(jsonPath("$", hasSize(161)))
            .andExpect(jsonPath("$[*].lifecycle").value(org.hamcrest.Matchers.everyItem(
                    org.hamcrest.Matchers.not("retired"))));
        mvc.perform(get("/api/models").param("status", "retired"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/api/models").param("openness", "closed"))
            .andExpect(jsonPath("$[*].openness.level").value(org.hamcrest.Matchers.everyItem(
                    org.hamcrest.Matchers.is("closed"))));
    }

    @Test
    void modelDetailsCarrySources() throws Exception {
        mvc.perform(get("/api/models/gpt-4"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.context.value").value(8192))
            .andExpect(jsonPath("$.parameters.status").value("undisclosed"))
            .andExpect(jsonPath("$.parameters.value").value(nullValue()))
            .andExpect(jsonPath("$.parameters.claims[?(@.status=='speculated')].source.id").value(hasItem("seed-000")))
            .andExpect(jsonPath("$.scores[?(@.benchmark=='mmlu')].value").value(hasItem(86.4)))
            .andExpect(jsonPath("$.scores[?(@.benchmark=='humaneval')].value").value(hasItem(67.0)))
            .andExpect(jsonPath("$.systemResults[0].value").value(91.0))
            .andExpect(jsonPath("$.prices[?(@.id=='p-gpt4-8k')].inputPer1K").value(hasItem(0.03)))
            .andExpect(jsonPath("$.prices[?(@.id=='p-gpt4-8k')].outputPer1M").value(hasItem(60)))
            .andExpect(jsonPath("$.openness.level").value("closed"));
    }

    @Test
    void unknownModelIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/models/gpt4"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(404))
            .andExpect(jsonPath("$.detail").value(containsString("gpt4")))
            .andExpect(jsonPath("$.suggestions[0]").value("gpt-4"));
    }

    @Test
    void badFilterIsAProblemDetailNamingTheParameter() throws Exception {
        mvc.perform(get("/api/models").param("sort", "bogus"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("sort"))
            .andExpect(jsonPath("$.detail").value(containsString("sort must be one of")));
    }

    @Test
    void benchmarksApi() throws Exception {
        mvc.perform(get("/api/benchmarks"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.slug=='mmlu')].size").value(hasItem(57)));
        mvc.perform(get("/api/benchmarks/hellaswag"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.scores[?(@.model=='gpt-4')].shots").value(hasItem("10-shot")))
            .andExpect(jsonPath("$.scores[?(@.model=='llama-2-70b')].shots").value(hasItem("0-shot")));
        mvc.perform(get("/api/benchmarks/nope")).andExpect(status().isNotFound())
            .andExpect(jsonPath("$.title").value("Not Found"));
    }

    @Test
    void onlyGetIsAllowed() throws Exception {
        mvc.perform(post("/api/models")).andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/models")).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/models/{slug}']").exists());
    }
}
