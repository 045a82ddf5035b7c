package com.llmcompare.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Measure my text" with today's data set and the fixture texts: the Java sample (234 o200k_base tokens, 215 in
 * Qwen3's tokenizer, 211 in cl100k_base) and the English one (155 tokens in o200k_base and Qwen3).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class MeasurePagesTests {

    private static final String MODELS = "gpt-5.5,qwen3-32b,gpt-4,claude-sonnet-5,gemini-2.5-pro,llama-2-70b";

    @Autowired
    MockMvc mvc;

    private static String sample(String name) throws IOException {
        try (InputStream in = MeasurePagesTests.class.getResourceAsStream("/tokenizers/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachModelsTokenizerCountsTheTextAndTheLinksCarryOnlyNumbers(CapturedOutput output) throws Exception {
        String code = sample("code.txt");
        String english = sample("en.txt");
        String row = "//table[@id='token-counts']//tr[@data-model='%s']/td[contains(@class,'%s')]";
        mvc.perform(post("/cost/measure").param("prompt", code).param("answer", english)
                .param("back", "/cost?models=" + MODELS + "&inputTokens=1000000&outputTokens=1000000"))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", "no-store"))
            .andExpect(xpath("//p[@id='reference-counts']").string(allOf(containsString("234"), containsString("155"))))
            // (215 + 155) / (234 + 155) = 0.951
            .andExpect(xpath(row.formatted("qwen3-32b", "prompt")).string("215"))
            .andExpect(xpath(row.formatted("qwen3-32b", "multiplier")).string("0.951"))
            .andExpect(xpath(row.formatted("gpt-5.5", "multiplier")).string("1.000"))
            // cl100k_base: 211 + 155
            .andExpect(xpath(row.formatted("gpt-4", "prompt")).string("211"))
            .andExpect(xpath(row.formatted("gpt-4", "multiplier")).string("0.941"))
            // an estimate: o200k × 1.16 × 1.30 = 1.508, labelled and sourced
            .andExpect(xpath(row.formatted("claude-sonnet-5", "multiplier")).string("1.508"))
            .andExpect(xpath("//tr[@data-model='claude-sonnet-5']//span[@class='badge']").string("estimate"))
            .andExpect(xpath("//tr[@data-model='claude-sonnet-5']//sup//a/@href")
                .string(containsString("anthropic-token-counting")))
            .andExpect(xpath(row.formatted("gemini-2.5-pro", "multiplier")).string("1.000"))
            .andExpect(xpath("//tr[@data-model='llama-2-70b']//span[@class='missing']")
                .string(containsString("knows no tokenizer")))
            .andExpect(xpath("//a[@id='use-multipliers']/@href").string(allOf(
                    containsString("tokenizerMultiplier.qwen3-32b=0.951"),
                    containsString("tokenizerMultiplier.claude-sonnet-5=1.508"),
                    containsString("inputTokens=1000000"), not(containsString("tokenizerMultiplier.llama-2-70b")))))
            .andExpect(xpath("//a[@id='use-per-request']/@href").string(allOf(
                    containsString("requestsPerDay=1000"), containsString("inputTokensPerRequest=234"),
                    containsString("outputTokensPerRequest=155"))))
            .andExpect(content().string(not(containsString("public final class"))));
        // the text appears in no log line
        assertThat(output.getAll()).doesNotContain("public final class").doesNotContain(english.substring(0, 60));
    }

    @Test
    void theMultipliersLinkReplacesAModelsOwnRatherThanRepeatingIt() throws Exception {
        mvc.perform(post("/cost/measure").param("prompt", sample("en.txt"))
                .param("back", "models=qwen3-32b&tokenizerMultiplier.qwen3-32b=2"))
            .andExpect(xpath("//a[@id='use-multipliers']/@href").string(allOf(
                    containsString("tokenizerMultiplier.qwen3-32b=1"), not(containsString("tokenizerMultiplier.qwen3-32b=2")))));
    }

    @Test
    void tooMuchTextIsA413AndNoTextA400() throws Exception {
        mvc.perform(post("/cost/measure").param("prompt", "x".repeat(200_001)).param("back", "models=gpt-5.5"))
            .andExpect(status().isContentTooLarge())
            .andExpect(xpath("//p[@id='problem-detail']").string(containsString("at most 200,000 bytes")));
        // 200,000 bytes is allowed, counted in full
        mvc.perform(post("/cost/measure").param("prompt", "x ".repeat(100_000)).param("back", "models=gpt-5.5"))
            .andExpect(status().isOk());
        mvc.perform(post("/cost/measure").param("prompt", " ").param("back", "models=gpt-5.5"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//p[@id='problem-detail']").string(containsString("Paste a prompt")));
        mvc.perform(post("/cost/measure").param("prompt", "hello").param("back", "models=no-such-model"))
            .andExpect(status().isBadRequest());
        // a back link that is not a query string is a 400 naming it, never a 500
        mvc.perform(post("/cost/measure").param("prompt", "hello").param("back", "models=gpt-5.5%zz"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//p[@id='problem-detail']").string(containsString("back")));
        mvc.perform(post("/cost/measure").param("prompt", "<script>alert(1)</script>").param("back", "models=gpt-5.5"))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void aGetGoesBackToTheCalculatorAndTheCalculatorOffersThePanel() throws Exception {
        mvc.perform(get("/cost/measure")).andExpect(redirectedUrl("/cost#measure"));
        mvc.perform(get("/cost?models=qwen3-32b,gpt-5.5"))
            .andExpect(xpath("//form[@id='measure-form'][@method='post'][@action='/cost/measure']//textarea[@name='prompt']")
                .exists())
            .andExpect(xpath("//form[@id='measure-form']//input[@name='back']/@value")
                .string(containsString("/cost?models=qwen3-32b,gpt-5.5")));
        // every other address answers GET and HEAD only
        mvc.perform(post("/cost").param("models", "gpt-5.5")).andExpect(status().isMethodNotAllowed());
    }
}
