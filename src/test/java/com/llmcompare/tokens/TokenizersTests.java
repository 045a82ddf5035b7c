package com.llmcompare.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.llmcompare.core.cost.TokenizerFamily;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each shipped tokenizer counts four fixed texts (English, Java, German, and mixed with emoji, figures, a URL and
 * Chinese) as independent implementations did once: gpt-tokenizer 4.0.0 and tiktoken 1.0.22 (npm) for OpenAI's
 * encodings, @huggingface/transformers 4.3.2 and @lenml/tokenizers 3.7.2 for the tokenizer.json files, without
 * special tokens. The texts, counts and commands are in src/test/resources/tokenizers/.
 */
class TokenizersTests {

    /** Encoding or family of the fixtures → how the app counts it (resource folders under tokenizers/). */
    private static final Map<String, TokenizerFamily.Counting> COUNTED = Map.of(
            "o200k_base", new TokenizerFamily.Counting(TokenizerFamily.TIKTOKEN, "o200k_base", null, null, null),
            "cl100k_base", new TokenizerFamily.Counting(TokenizerFamily.TIKTOKEN, "cl100k_base", null, null, null),
            "gpt-oss", new TokenizerFamily.Counting(TokenizerFamily.TIKTOKEN, "o200k_base", null, null, null),
            "mistral", new TokenizerFamily.Counting(TokenizerFamily.HUGGINGFACE, null, "mistral", null, null),
            "mistral-tekken", new TokenizerFamily.Counting(TokenizerFamily.HUGGINGFACE, null, "mistral-tekken", null, null),
            "qwen3", new TokenizerFamily.Counting(TokenizerFamily.HUGGINGFACE, null, "qwen3", null, null),
            "llama3", new TokenizerFamily.Counting(TokenizerFamily.HUGGINGFACE, null, "llama3", null, null),
            "deepseek-v3", new TokenizerFamily.Counting(TokenizerFamily.HUGGINGFACE, null, "deepseek-v3", null, null));

    private static Tokenizers tokenizers;

    @BeforeAll
    static void load() {
        tokenizers = new Tokenizers(null);
    }

    @AfterAll
    static void close() {
        tokenizers.destroy();
    }

    record Reference(String sample, String encoding, String implementation, int tokens) {
    }

    static List<Reference> references() throws IOException {
        try (InputStream in = TokenizersTests.class.getResourceAsStream("/tokenizers/reference-counts.json")) {
            JsonNode all = JsonMapper.builder().build().readTree(in);
            List<Reference> references = new java.util.ArrayList<>();
            for (JsonNode count : all) {
                if (!count.path("addSpecialTokens").asBoolean() && COUNTED.containsKey(count.path("encoding").asString())) {
                    references.add(new Reference(count.path("sample").asString(), count.path("encoding").asString(),
                            count.path("implementation").asString(), count.path("tokens").asInt()));
                }
            }
            return references;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void countsAsTheIndependentImplementationDid(Reference reference) throws IOException {
        String text;
        try (InputStream in = TokenizersTests.class.getResourceAsStream("/tokenizers/samples/" + reference.sample())) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TokenizerFamily family = new TokenizerFamily(reference.encoding(), reference.encoding(),
                COUNTED.get(reference.encoding()), "s", null, null, null, null, List.of());

        assertThat(tokenizers.count(family, text)).as(reference.implementation())
            .isEqualByComparingTo(BigDecimal.valueOf(reference.tokens()));
    }

    @org.junit.jupiter.api.Test
    void longTextsAreNotTruncated() {
        String text = "Tokens are counted in full. ".repeat(2_000);
        TokenizerFamily qwen = new TokenizerFamily("qwen3", "Qwen3", COUNTED.get("qwen3"), "s", null, null, null, null,
                List.of());

        // DJL cuts at 512 tokens unless told not to: 2,000 repeats are far more
        assertThat(tokenizers.count(qwen, text).intValue()).isGreaterThan(10_000);
        assertThat(tokenizers.reference(text)).isGreaterThan(10_000);
    }
}
