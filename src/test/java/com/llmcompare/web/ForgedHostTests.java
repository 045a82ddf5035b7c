package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** No answer carries a URL from the request's Host or forwarded headers: finding 5 of the hostile sweep. */
@SpringBootTest
@AutoConfigureMockMvc
class ForgedHostTests {

    private static final List<String> PAGES = List.of("/", "/models", "/models/gpt-4", "/compare?models=gpt-4,llama-2-70b",
            "/cost", "/open-vs-closed", "/benchmarks", "/benchmarks/mmlu", "/sources", "/api/models",
            "/api/compare?models=gpt-4,llama-2-70b", "/api-docs", "/api-docs/swagger-config", "/compare.csv?models=gpt-4,llama-2-70b",
            "/models/nope", "/api/models/nope");

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageAndTheApiDocsNameOnlyTheConfiguredPublicUrl() throws Exception {
        for (String page : PAGES) {
            MockHttpServletResponse response = mvc.perform(get(page).header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https")).andReturn().getResponse();
            assertThat(response.getContentAsString()).as(page).doesNotContain("evil.example");
            assertThat(response.getHeaderNames().stream().map(response::getHeader)).as(page)
                .noneMatch(value -> value.contains("evil.example"));
        }
        String docs = mvc.perform(get("/api-docs").header("Host", "evil.example")).andReturn().getResponse()
            .getContentAsString();
        assertThat(docs).contains("\"servers\":[{\"url\":\"http://localhost:8080\"");
        assertThat(mvc.perform(get("/api-docs")).andReturn().getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
    }
}
