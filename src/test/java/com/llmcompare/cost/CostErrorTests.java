package com.llmcompare.cost;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every kind of bad input: the page comes back with HTTP 400, the typed values kept and a message at
 * each bad field; the API answers a problem detail naming the field; never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CostErrorTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            inputTokens            | -1                 | inputTokens must not be negative
            outputTokens           | lots               | outputTokens is not a number
            inputTokens            | NaN                | inputTokens is not a number
            inputTokens            | Infinity           | inputTokens is not a number
            inputTokens            | -Infinity          | inputTokens is not a number
            inputTokens            | 1e6                | inputTokens is not a number
            inputTokens            | 1000.5             | inputTokens must be a whole number
            inputTokens            | 10000000000001     | inputTokens is too large
            cachedShare            | 101                | cachedShare is too large
            cachedShare            | -5                 | cachedShare must not be negative
            utilization            | 0                  | utilization is too small
            utilization            | 100.01             | utilization is too large
            models                 | gpt5               | No model has the slug 'gpt5'; did you mean gpt-5
            inputPrice.gpt-4       | -30                | inputPrice.gpt-4 must not be negative
            tokenizerMultiplier.gpt-4 | 0             | tokenizerMultiplier.gpt-4 is too small
            gpuCount.llama-2-70b   | 2.5                | gpuCount.llama-2-70b must be a whole number
            gpuHourlyUsd.llama-2-70b | 1001             | gpuHourlyUsd.llama-2-70b is too large
            tokensPerSecond.llama-2-70b | 0             | tokensPerSecond.llama-2-70b is too small
            outputPrice.gpt-9      | 1                  | no model has the slug 'gpt-9'
            """)
    void aBadValueIsA400PageWithTheValueKeptAndAMessageAtTheField(String field, String value, String message)
            throws Exception {
        String models = field.contains("llama") ? "gpt-4,llama-2-70b" : "gpt-4";
        var request = get("/cost").param(field, value);
        if (!field.equals("models")) {
            request = request.param("models", models);
        }
        mvc.perform(request)
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
            .andExpect(xpath("//input[@id='f-" + field + "']/@value").string(value))
            .andExpect(xpath("//input[@id='f-" + field + "']/@aria-invalid").string("true"))
            .andExpect(xpath("//strong[@id='e-" + field + "']").string(containsString(message)))
            .andExpect(xpath("//strong[@id='e-" + field + "']").string(containsString("Allowed:")))
            .andExpect(xpath("//div[@id='form-errors']//a[@href='#f-" + field + "']").exists())
            .andExpect(xpath("//section[@id='results']").doesNotExist());
        var api = get("/api/cost").param(field, value);
        if (!field.equals("models")) {
            api = api.param("models", models);
        }
        mvc.perform(api)
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(400))
            .andExpect(jsonPath("$.parameter").value(field))
            .andExpect(jsonPath("$.detail").value(containsString(message)))
            .andExpect(jsonPath("$.errors[0].parameter").value(field))
            .andExpect(jsonPath("$.instance").value("/api/cost"));
    }

    @Test
    void bothWorkloadFormsAskToPickOne() throws Exception {
        mvc.perform(get("/cost?inputTokens=5000&requestsPerDay=10&inputTokensPerRequest=100"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//strong[@id='e-inputTokens']").string(containsString("not both")))
            .andExpect(xpath("//strong[@id='e-requestsPerDay']").string(containsString("clear one of the two")))
            .andExpect(xpath("//strong[@id='e-inputTokensPerRequest']").string(containsString("not both")))
            .andExpect(xpath("//input[@id='f-inputTokens']/@value").string("5000"))
            .andExpect(xpath("//input[@id='f-requestsPerDay']/@value").string("10"));
        mvc.perform(get("/api/cost?inputTokens=5000&requestsPerDay=10"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("inputTokens"))
            .andExpect(jsonPath("$.detail").value(containsString("not both")))
            .andExpect(jsonPath("$.errors[*].parameter").value(allOf(hasItem("inputTokens"), hasItem("requestsPerDay"))));
    }

    @Test
    void perRequestFiguresAddingUpToMoreThanTenToTheThirteenAMonthNameTheField() throws Exception {
        mvc.perform(get("/cost?requestsPerDay=1000000000&inputTokensPerRequest=1000"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//strong[@id='e-inputTokensPerRequest']").string(containsString("10^13")));
        mvc.perform(get("/api/cost?requestsPerDay=1000000000&inputTokensPerRequest=1000"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("inputTokensPerRequest"));
    }

    @Test
    void aPriceForOnlyOneSideOfAModelWithoutAPriceAsksForTheOther() throws Exception {
        mvc.perform(get("/cost?models=llama-2-70b&inputPrice.llama-2-70b=0.5"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//input[@id='f-inputPrice.llama-2-70b']/@value").string("0.5"))
            .andExpect(xpath("//strong[@id='e-outputPrice.llama-2-70b']").string(containsString("is needed too")));
        mvc.perform(get("/api/cost?models=llama-2-70b&inputPrice.llama-2-70b=0.5"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("outputPrice.llama-2-70b"));
    }

    @Test
    void allBadFieldsAreReportedAtOnce() throws Exception {
        mvc.perform(get("/cost?models=gpt-4&inputTokens=-1&outputTokens=x&cachedShare=200"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("count(//div[@id='form-errors']//li)").number(3.0))
            .andExpect(xpath("count(//input[@aria-invalid='true'])").number(3.0));
        mvc.perform(get("/api/cost?models=gpt-4&inputTokens=-1&outputTokens=x&cachedShare=200"))
            .andExpect(jsonPath("$.errors.length()").value(3));
    }

    @Test
    void aRepeatedParameterWithDifferentValuesSaysWhich() throws Exception {
        mvc.perform(get("/api/cost?inputTokens=1&inputTokens=2"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("inputTokens"))
            .andExpect(jsonPath("$.detail").value(containsString("give it once")));
    }

    @Test
    void userInputIsOnlyEverShownEscaped() throws Exception {
        String attack = "<script>alert(1)</script>";
        mvc.perform(get("/cost").param("models", attack).param("inputTokens", "\"><img src=x onerror=alert(2)>")
            .param("inputPrice.<b>x</b>", "1"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(not(containsString("<script>alert(1)"))))
            .andExpect(content().string(not(containsString("<img src=x"))))
            .andExpect(content().string(not(containsString("<b>x</b>"))))
            .andExpect(xpath("//input[@id='f-models']/@value").string(attack))
            .andExpect(xpath("//strong[@id='e-models']").string(containsString("is not a model slug")));
    }

    @Test
    void theCsvAnswersBadInputWithA400NamingTheField() throws Exception {
        mvc.perform(get("/cost.csv?inputTokens=-1"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("inputTokens must not be negative")));
    }

    @Test
    void absurdlyLongInputIsA400NotA500() throws Exception {
        mvc.perform(get("/cost").param("models", "a".repeat(3000)).param("inputTokens", "9".repeat(500)))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//strong[@id='e-models']").string(containsString("too long")))
            .andExpect(xpath("//strong[@id='e-inputTokens']").string(containsString("too long")));
    }
}
