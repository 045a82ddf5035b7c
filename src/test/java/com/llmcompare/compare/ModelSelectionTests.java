package com.llmcompare.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.llmcompare.web.BadRequestException;

class ModelSelectionTests {

    @Test
    void normalisesCaseSpacesEmptyItemsDuplicatesAndRepeatedParameters() {
        assertThat(ModelSelection.parse(List.of(" GPT-4 ,, llama-2-70b,gpt-4", "Falcon-40B")).slugs())
            .containsExactly("gpt-4", "llama-2-70b", "falcon-40b");
    }

    @Test
    void keepsTheOrderGiven() {
        assertThat(ModelSelection.parse(List.of("llama-2-70b,gpt-4")).joined()).isEqualTo("llama-2-70b,gpt-4");
    }

    @Test
    void duplicatesAreRemovedBeforeCounting() {
        assertThat(ModelSelection.parse(List.of("a,a,a,a,a,a,a,b")).slugs()).containsExactly("a", "b");
    }

    @Test
    void moreThanSixIsABadRequest() {
        assertThatThrownBy(() -> ModelSelection.parse(List.of("a,b,c,d,e,f,g")))
            .isInstanceOf(BadRequestException.class)
            .hasMessageContaining("At most 6 models");
    }

    @Test
    void malformedItemsAreABadRequest() {
        assertThatThrownBy(() -> ModelSelection.parse(List.of("gpt-4,<b>x</b>")))
            .isInstanceOf(BadRequestException.class)
            .hasMessageContaining("malformed");
        assertThatThrownBy(() -> ModelSelection.parse(List.of("x".repeat(3000))))
            .isInstanceOf(BadRequestException.class);
    }

    @Test
    void movesRemovesAndAdds() {
        ModelSelection selection = ModelSelection.parse(List.of("a,b,c"));
        assertThat(selection.moved("b", -1).joined()).isEqualTo("b,a,c");
        assertThat(selection.moved("b", 1).joined()).isEqualTo("a,c,b");
        assertThat(selection.moved("a", -1).joined()).isEqualTo("a,b,c");
        assertThat(selection.without("b").joined()).isEqualTo("a,c");
        assertThat(ModelSelection.parse(List.of("a,b,c,d")).canonicalUrl(true)).isEqualTo("/compare?models=a,b,c,d&diff=1");
    }

    @Test
    void readsTheVersusPath() {
        assertThat(ModelSelection.fromVsPath("gpt-4-vs-llama-2-70b").joined()).isEqualTo("gpt-4,llama-2-70b");
    }

    @Test
    void onlyTheExactSpellingIsCanonical() {
        ModelSelection selection = ModelSelection.parse(List.of("gpt-4,llama-2-70b"));
        assertThat(CanonicalQuery.isCanonical("models=gpt-4,llama-2-70b", selection, null)).isTrue();
        assertThat(CanonicalQuery.isCanonical("models=gpt-4,llama-2-70b&utm_source=x", selection, null)).isTrue();
        assertThat(CanonicalQuery.isCanonical("models=gpt-4%2Cllama-2-70b", selection, null)).isFalse();
        assertThat(CanonicalQuery.isCanonical("models=gpt-4&models=llama-2-70b", selection, null)).isFalse();
        assertThat(CanonicalQuery.isCanonical("models=gpt-4,llama-2-70b&diff=0", selection, null)).isFalse();
        assertThat(CanonicalQuery.isCanonical("models=gpt-4,llama-2-70b&diff=1", selection, "1")).isTrue();
    }
}
