package com.llmcompare.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page's footer says how fresh each part of the data set is, and a price check older than
 * {@code llmcompare.stale-prices-after-days} (30) is said at the foot of every page. Today's data set: prices
 * last checked 2026-08-13 (genai-prices), 102 days before the tests' day, 2026-11-23.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FooterFreshnessTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theFooterDatesEachPartAndFlagsOldPrices() throws Exception {
        for (String page : new String[] { "/", "/models", "/cost", "/compare?models=gpt-5.5,llama-3.3-70b-instruct" }) {
            mvc.perform(get(page))
                .andExpect(xpath("//span[@id='prices-as-of']").string("2026-08-13"))
                .andExpect(xpath("//span[@id='scores-as-of']").string("2026-08-03"))
                // the catalogue entries that rate an unaudited model's weights and licence (genai-prices, 2026-08-21)
                .andExpect(xpath("//span[@id='openness-as-of']").string("2026-08-21"))
                .andExpect(xpath("//p[@id='stale-data']").string(containsString("The newest price check is 102 days old")));
        }
    }
}
