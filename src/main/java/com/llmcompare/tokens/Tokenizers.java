package com.llmcompare.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import com.llmcompare.core.cost.TokenizerFamily;
import com.llmcompare.core.snapshot.DataSnapshot;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

/**
 * Counts a text's tokens with a family's tokenizer. Each tokenizer is loaded on its first count and kept: a
 * tiktoken encoding from jtokkit's registry, a tokenizer.json from {@code tokenizers/{resource}/tokenizer.json.gz}
 * on the class path (without truncation: DJL cuts at 512 tokens unless told not to). An estimate counts with its
 * base family and multiplies by its ratio.
 */
@Component
class Tokenizers implements DisposableBean {

    /** The encoding of today's OpenAI models: the unit the calculator's token counts are in. */
    static final String REFERENCE = "o200k_base";

    private final EncodingRegistry registry = Encodings.newLazyEncodingRegistry();

    private final Map<String, HuggingFaceTokenizer> loaded = new ConcurrentHashMap<>();

    private final DataSnapshot snapshot;

    Tokenizers(DataSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The text's tokens; an estimate's is not a whole number. */
    BigDecimal count(TokenizerFamily family, String text) {
        TokenizerFamily.Counting counting = family.counting();
        return switch (counting.kind()) {
            case TokenizerFamily.TIKTOKEN -> BigDecimal.valueOf(tiktoken(counting.encoding(), text));
            case TokenizerFamily.HUGGINGFACE -> BigDecimal.valueOf(huggingFace(counting.resource()).encode(text, false, false)
                .getIds().length);
            default -> count(base(counting.baseFamily()), text).multiply(counting.ratio());
        };
    }

    /** The count in the calculator's unit: OpenAI's o200k_base. */
    int reference(String text) {
        return tiktoken(REFERENCE, text);
    }

    private int tiktoken(String encoding, String text) {
        return registry.getEncoding(EncodingType.fromName(encoding).orElseThrow()).countTokensOrdinary(text);
    }

    private TokenizerFamily base(String id) {
        return snapshot.tokenizers().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
    }

    private HuggingFaceTokenizer huggingFace(String resource) {
        return loaded.computeIfAbsent(resource, name -> {
            String path = "/tokenizers/" + name + "/tokenizer.json.gz";
            try (InputStream compressed = Tokenizers.class.getResourceAsStream(path)) {
                if (compressed == null) {
                    throw new IllegalStateException(path + " is not on the class path");
                }
                return HuggingFaceTokenizer.newInstance(new GZIPInputStream(compressed),
                        Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "false"));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    @Override
    public void destroy() {
        loaded.values().forEach(HuggingFaceTokenizer::close);
    }
}
