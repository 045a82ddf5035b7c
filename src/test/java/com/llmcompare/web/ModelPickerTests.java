package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.llmcompare.core.model.LanguageModel;

/** The calculator's picker: the selection ticked, its vendor's list open, every name escaped. */
class ModelPickerTests {

    private static LanguageModel model(String slug, String name) {
        return new LanguageModel() {
            @Override
            public String getSlug() {
                return slug;
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    private static final ModelPicker PICKER = new ModelPicker(Map.of("Open models", Map.of(
            "Meta", List.of(model("llama-3.3-70b-instruct", "Llama 3.3 70B"), model("llama-2-70b", "Llama 2 70B"),
                    model("llama-2-13b", "Llama 2 13B"), model("llama-2-7b", "Llama <2> 7B & \"co\"")))));

    @Test
    void theSelectionIsTickedAndItsVendorsListOpen() {
        String html = PICKER.html(Set.of("llama-2-70b"));

        assertThat(html).contains("value=\"llama-2-70b\" checked=\"checked\"/>")
            .contains("value=\"llama-2-13b\"/>")
            .contains("<details open=\"open\"><summary>Meta (4)</summary>")
            .contains("<legend>Open models</legend>");
        // four models and none ticked: the list stays folded
        assertThat(PICKER.html(Set.of())).contains("<details><summary>Meta (4)</summary>").doesNotContain("checked");
    }

    @Test
    void namesAreEscaped() {
        assertThat(PICKER.html(Set.of())).contains("Llama &lt;2&gt; 7B &amp; &quot;co&quot;").doesNotContain("<2>");
    }
}
