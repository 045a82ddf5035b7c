package com.llmcompare.cost;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reasoning field's measured figures with today's data: Aider's polyglot leaderboard (completion tokens over
 * 225 exercises) for GPT-5 at low, medium and high effort (779,568, 1,468,799 and 2,623,429 tokens: 3,465, 6,528
 * and 11,660 a task) and o3 at its default and high effort.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReasoningPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSelectedModelsMeasuredOutputPerTaskIsShownAsARangeWithItsSources() throws Exception {
        mvc.perform(get("/cost?models=gpt-5,o3,gpt-4.1-mini"))
            .andExpect(xpath("//details[@id='reasoning-measured']//li[@data-model='gpt-5']/span[@class='range']")
                .string("3,465–11,660"))
            .andExpect(xpath("//details[@id='reasoning-measured']//li[@data-model='gpt-5']").string(allOf(
                    containsString("gpt-5 (high): 11,660"), containsString("gpt-5 (medium): 6,528"),
                    containsString("gpt-5 (low): 3,465"))))
            .andExpect(xpath("//details[@id='reasoning-measured']//li[@data-model='gpt-5']//sup//a/@href")
                .string(containsString("aider.polyglot-leaderboard")))
            .andExpect(xpath("//details[@id='reasoning-measured']//li[@data-model='o3']/span[@class='range']")
                .string("5,132–9,101"))
            // a model no board measured has no line, not a zero
            .andExpect(xpath("//details[@id='reasoning-measured']//li[@data-model='gpt-4.1-mini']").doesNotExist());
        mvc.perform(get("/cost?models=gpt-4.1-mini"))
            .andExpect(xpath("//details[@id='reasoning-measured']").doesNotExist());
    }
}
