package com.llmcompare.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad catalogue file stops the import with the file, the entry and the field
 * named, and leaves {@code data/} exactly as it was.
 */
class BadCatalogueTests {

    private static final String GPT_4O_TOML = "providers/openai/models/gpt-4o.toml";

    private static final String OPENAI_YML = "providers/openai.yml";

    private static final String GPT_4O_JSON = "models/openai/gpt-4o-2024-08-06/model.json";

    @TempDir
    Path temp;

    Fixtures fixtures;

    Map<String, String> before;

    @BeforeEach
    void copyFixtures() {
        fixtures = Fixtures.copy(temp);
        before = fixtures.dataFiles();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> importing(Catalogue catalogue, String file,
            UnaryOperator<String> breakIt) {
        fixtures.edit(fixtures.catalogue(catalogue).resolve(file), breakIt);
        return assertThatThrownBy(() -> fixtures.run(catalogue, true)).isInstanceOf(CatalogueException.class)
            .satisfies(ex -> assertThat(fixtures.dataFiles()).as("data/ untouched").isEqualTo(before));
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsParsed() {
        // the message says it was refused on its size, before the parser saw nine million characters
        importing(Catalogue.GENAI_PRICES, OPENAI_YML, text -> text + "\n# " + "x".repeat(9_000_000) + "\n")
            .hasMessageContaining("Import stopped: " + OPENAI_YML)
            .hasMessageContaining("more than the 8,000,000 a catalogue file may be: not read");
    }

    @Test
    void anOversizedValueIsRefusedWhileReading() {
        // JSON and TOML: the parser stops at the limit; YAML files are bounded by their size (above)
        importing(Catalogue.LLMSTATS, GPT_4O_JSON, text -> text.replaceFirst("\"name\": \"", "\"name\": \"" + "x".repeat(200_000)))
            .hasMessageContaining("Import stopped: " + GPT_4O_JSON)
            .hasMessageContaining("100000");
    }

    @Test
    void malformedToml() {
        importing(Catalogue.MODELS_DEV, GPT_4O_TOML, text -> text + "\nthis is = = not toml\n")
            .hasMessageStartingWith("Import stopped: " + GPT_4O_TOML + ", entry 'openai/gpt-4o'");
    }

    @Test
    void truncatedJson() {
        importing(Catalogue.LLMSTATS, GPT_4O_JSON, text -> text.substring(0, text.length() / 2))
            .hasMessageStartingWith("Import stopped: " + GPT_4O_JSON + ", entry 'openai/gpt-4o-2024-08-06'");
    }

    @Test
    void truncatedYaml() {
        importing(Catalogue.GENAI_PRICES, OPENAI_YML, text -> text.substring(0, text.indexOf("'https://api") + 8))
            .hasMessageStartingWith("Import stopped: " + OPENAI_YML);
    }

    @Test
    void aStringWhereTheSchemaWantsANumber() {
        importing(Catalogue.MODELS_DEV, GPT_4O_TOML, text -> text.replace("input = 2.50", "input = \"2.50\""))
            .hasMessageContaining("entry 'openai/gpt-4o', field 'cost.input'");
    }

    @Test
    void anUnknownFieldInModelsDev() {
        importing(Catalogue.MODELS_DEV, GPT_4O_TOML, text -> text.replace("[cost]", "colour = \"red\"\n\n[cost]"))
            .hasMessageContaining("entry 'openai/gpt-4o', field 'colour': unknown field 'colour'");
    }

    @Test
    void anUnknownFieldInGenaiPrices() {
        importing(Catalogue.GENAI_PRICES, OPENAI_YML,
                text -> text.replace("    prices_checked: 2025-07-04\n", "    prices_checked: 2025-07-04\n    flavour: mint\n"))
            .hasMessageContaining(OPENAI_YML)
            .hasMessageContaining("flavour");
    }

    @Test
    void anUnknownPriceField() {
        importing(Catalogue.GENAI_PRICES, OPENAI_YML,
                text -> text.replace("      cache_read_mtok: 1.25\n", "      cache_read_mtok: 1.25\n      tip_mtok: 1\n"))
            .hasMessageContaining("entry 'openai/gpt-4o', field 'prices.tip_mtok': unknown field");
    }

    @Test
    void anUnknownFieldInLlmstats() {
        importing(Catalogue.LLMSTATS, GPT_4O_JSON, text -> text.replace("\"multimodal\"", "\"flavour\": 1, \"multimodal\""))
            .hasMessageContaining("entry 'openai/gpt-4o-2024-08-06', field 'flavour'");
    }

    @Test
    void aNegativePrice() {
        importing(Catalogue.GENAI_PRICES, OPENAI_YML,
                text -> text.replace("      input_mtok: 2.5\n", "      input_mtok: -2.5\n"))
            .hasMessageContaining("entry 'openai/gpt-4o', field 'prices.input_mtok': a price cannot be negative (was -2.5)");
    }

    @Test
    void anAbsurdPrice() {
        importing(Catalogue.MODELS_DEV, GPT_4O_TOML, text -> text.replace("output = 10.00", "output = 10000000"))
            .hasMessageContaining("entry 'openai/gpt-4o', field 'cost.output': absurd price");
    }

    @Test
    void aNegativeScore() {
        importing(Catalogue.LLMSTATS, GPT_4O_JSON, text -> text.replaceFirst("\"score\": 0\\.", "\"score\": -0."))
            .hasMessageContaining("entry 'openai/gpt-4o-2024-08-06', field 'qualitative_metrics[0].score'");
    }

    @Test
    void aDuplicateModelId() {
        importing(Catalogue.GENAI_PRICES, OPENAI_YML, text -> text.replace("  - id: davinci", "  - id: gpt-4"))
            .hasMessageContaining("entry 'openai/gpt-4'")
            .hasMessageContaining("duplicate id 'gpt-4'");
    }

    @Test
    void aDuplicateBenchmarkResult() {
        importing(Catalogue.LLMSTATS, "models/openai/gpt-4-0613/model.json",
                text -> text.replace("\"dataset_name\": \"GPQA\"", "\"dataset_name\": \"HumanEval\"")
                    .replace("\"5-shot, Commonsense reasoning\"", "\"0-shot, Python coding tasks\""))
            .hasMessageContaining("entry 'openai/gpt-4-0613'")
            .hasMessageContaining("duplicate result for 'HumanEval'");
    }

    @Test
    void aDuplicateKey() {
        importing(Catalogue.LLMSTATS, GPT_4O_JSON, text -> text.replace("\"multimodal\"", "\"name\": \"again\", \"multimodal\""))
            .hasMessageContaining("entry 'openai/gpt-4o-2024-08-06'")
            .hasMessageContaining("name");
    }

    @Test
    void aDateThatIsNotADate() {
        importing(Catalogue.MODELS_DEV, GPT_4O_TOML, text -> text.replace("release_date = \"2024-05-13\"", "release_date = \"May 2024\""))
            .hasMessageContaining("entry 'openai/gpt-4o', field 'release_date': must be a date");
    }

    @Test
    void aSnapshotWithoutItsSnapshotFile() throws IOException {
        Files.delete(fixtures.catalogue(Catalogue.MODELS_DEV).resolve("SNAPSHOT.txt"));
        assertThatThrownBy(() -> fixtures.run(Catalogue.MODELS_DEV, true)).isInstanceOf(CatalogueException.class)
            .hasMessageContaining("SNAPSHOT.txt");
        assertThat(fixtures.dataFiles()).isEqualTo(before);
    }

    @Test
    void aFolderThatIsNotTheCatalogue() {
        assertThatThrownBy(() -> new Importer(Fixtures.validator()).run(Catalogue.MODELS_DEV,
                fixtures.catalogue(Catalogue.LLMSTATS), fixtures.data(), true))
            .isInstanceOf(CatalogueException.class)
            .hasMessageContaining("providers/openai/provider.toml");
        assertThat(fixtures.dataFiles()).isEqualTo(before);
    }
}
