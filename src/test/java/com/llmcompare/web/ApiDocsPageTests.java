package com.llmcompare.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The API documentation's page carries the site's name, a description, a viewport and a link home. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiDocsPageIsTheSitesOwn() throws Exception {
        mvc.perform(get("/api-docs/swagger-ui/index.html"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<title>JSON API &#8212; LLM Compare</title>"),
                    containsString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
                    containsString("<meta name=\"description\" content=\"The JSON API of LLM Compare"),
                    containsString("<a href=\"/\" style=\"font-weight:700\">LLM Compare</a>"),
                    containsString("<div id=\"swagger-ui\"></div>"), not(containsString("Swagger UI</title>")))));
        // springdoc's own transformation still points swagger-ui at this site's OpenAPI document
        mvc.perform(get("/api-docs/swagger-ui/swagger-initializer.js"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/api-docs/swagger-config")));
    }
}
