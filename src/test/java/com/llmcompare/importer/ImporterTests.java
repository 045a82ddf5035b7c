package com.llmcompare.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.llmcompare.importer.ImportReport.Kind;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The importer on small snapshots cut from each catalogue, into a small data set. */
class ImporterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    Fixtures fixtures;

    @BeforeEach
    void copyFixtures() {
        fixtures = Fixtures.copy(temp);
    }

    private JsonNode json(String file) {
        return JSON.readTree(fixtures.read(fixtures.data().resolve(file)));
    }

    private JsonNode price(String id) {
        for (JsonNode price : json("prices.json")) {
            if (price.path("id").asString().equals(id)) {
                return price;
            }
        }
        throw new AssertionError("no price " + id);
    }

    private JsonNode source(String id) {
        for (JsonNode source : json("sources.json")) {
            if (source.path("id").asString().equals(id)) {
                return source;
            }
        }
        throw new AssertionError("no source " + id);
    }

    private void importAll() {
        for (Catalogue catalogue : Catalogue.values()) {
            fixtures.run(catalogue, true);
        }
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndWritesNothing() {
        Map<String, String> before = fixtures.dataFiles();
        Importer.Result result = fixtures.run(Catalogue.MODELS_DEV, false);
        assertThat(result.written()).isFalse();
        assertThat(result.changedFiles()).contains("models/gpt-4.json", "models/gpt-4o.json", "prices.json",
                "sources.json");
        assertThat(result.report().count(Kind.ADDED)).isPositive();
        assertThat(result.report().render(false)).contains("models.dev snapshot f3fc692 (2026-07-02)")
            .contains("models added: 3 (gpt-4o, o3, gpt-oss-120b)");
        assertThat(fixtures.dataFiles()).isEqualTo(before);
    }

    @Test
    void onlyMappedEntriesAreImportedAndTheRestIsCounted() {
        ImportReport report = fixtures.run(Catalogue.MODELS_DEV, true).report();
        assertThat(report.entriesRead()).isEqualTo(6);
        assertThat(report.unmappedCount()).isEqualTo(2);
        assertThat(report.render(true)).contains("openai: 2 — openai/gpt-5, openai/text-embedding-3-small");
        assertThat(report.newModels()).containsExactly("gpt-4o", "o3", "gpt-oss-120b");
        assertThat(fixtures.data().resolve("models/gpt-5.json")).doesNotExist();
        assertThat(fixtures.read(fixtures.data().resolve("prices.json"))).doesNotContain("gpt-5");
    }

    @Test
    void everyImportedValueCitesItsEntryAtTheSnapshotCommit() {
        fixtures.run(Catalogue.MODELS_DEV, true);
        JsonNode source = source("models-dev.openai.gpt-4o");
        assertThat(source.path("kind").asString()).isEqualTo("catalogue");
        assertThat(source.path("publisher").asString()).isEqualTo("models.dev (MIT)");
        assertThat(source.path("date").asString()).isEqualTo("2026-07-02");
        assertThat(source.path("url").asString()).isEqualTo("https://github.com/anomalyco/models.dev/blob/"
                + "f3fc692299671838c7c65fd8126bf84d81a2e817/providers/openai/models/gpt-4o.toml");
        JsonNode gpt4o = json("models/gpt-4o.json");
        assertThat(gpt4o.at("/release/date").asString()).isEqualTo("2024-05-13");
        JsonNode claim = gpt4o.at("/release/claims/0");
        assertThat(claim.path("source").asString()).isEqualTo("models-dev.openai.gpt-4o");
        assertThat(claim.path("origin").asString()).isEqualTo("catalogue");
        assertThat(claim.path("quote").asString()).isEqualTo("release_date = \"2024-05-13\"");
        assertThat(claim.path("note").asString()).isEqualTo("models.dev snapshot f3fc692 (2026-07-02)");
        assertThat(gpt4o.at("/context/tokens").asInt()).isEqualTo(128000);
        assertThat(gpt4o.at("/capabilities/source").asString()).isEqualTo("models-dev.openai.gpt-4o");
        assertThat(gpt4o.at("/capabilities/maxOutputTokens").asInt()).isEqualTo(16384);
        assertThat(gpt4o.at("/lifecycle/source").asString()).isEqualTo("models-dev.openai.gpt-4o");
        JsonNode price = price("p-models-dev.openai.gpt-4o-2024-08-06");
        assertThat(price.path("sources").get(0).asString()).isEqualTo("models-dev.openai.gpt-4o");
        assertThat(price.path("per").asInt()).isEqualTo(1_000_000);
        assertThat(price.path("input").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(price.path("cachedInput").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(price.path("note").asString()).startsWith("models.dev snapshot f3fc692 (2026-07-02).");
    }

    @Test
    void curatedValuesAreNeverOverwrittenAndDisagreementsAreKeptAsClaims() {
        ImportReport report = fixtures.run(Catalogue.MODELS_DEV, true).report();
        JsonNode gpt4 = json("models/gpt-4.json");
        assertThat(gpt4.at("/release/date").asString()).isEqualTo("2023-03-14");
        assertThat(gpt4.at("/release/claims/1/value").asString()).isEqualTo("2023-11-06");
        assertThat(gpt4.at("/release/claims/1/origin").asString()).isEqualTo("catalogue");
        assertThat(report.lines()).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(Kind.CONFLICTING);
            assertThat(line.model()).isEqualTo("gpt-4");
            assertThat(line.what()).isEqualTo("release date");
            assertThat(line.detail()).contains("2023-11-06").contains("2023-03-14");
        });
        report = fixtures.run(Catalogue.LLMSTATS, true).report();
        gpt4 = json("models/gpt-4.json");
        assertThat(gpt4.at("/context/tokens").asInt()).isEqualTo(8192);
        assertThat(gpt4.at("/capabilities/maxOutputTokens").asInt()).isEqualTo(8192);
        assertThat(gpt4.at("/capabilities/claims/0/value").asString()).isEqualTo("max output tokens: 32,768");
        assertThat(report.count(Kind.CONFLICTING)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void importingTheSameSnapshotsAgainChangesNothing() {
        importAll();
        Map<String, String> once = fixtures.dataFiles();
        for (Catalogue catalogue : Catalogue.values()) {
            Importer.Result again = fixtures.run(catalogue, true);
            assertThat(again.changedFiles()).as(catalogue.id()).isEmpty();
            assertThat(again.report().count(Kind.ADDED) + again.report().count(Kind.CHANGED)).isZero();
            assertThat(again.report().count(Kind.UNCHANGED)).isPositive();
        }
        assertThat(fixtures.dataFiles()).isEqualTo(once);
    }

    @Test
    void aPriceHistoryFromGenaiPricesEndsEachPriceWhereTheNextBegins() {
        importAll();
        JsonNode launch = price("p-genai-prices.openai.o3-2025-04-16");
        assertThat(launch.path("input").decimalValue()).isEqualByComparingTo("10");
        assertThat(launch.path("validUntil").asString()).isEqualTo("2025-06-10");
        assertThat(launch.path("note").asString()).contains("counted from the model's release");
        JsonNode cut = price("p-genai-prices.openai.o3-2025-06-10");
        assertThat(cut.path("input").decimalValue()).isEqualByComparingTo("2");
        assertThat(cut.path("validUntil").isNull()).isTrue();
        assertThat(cut.path("lastChecked").asString()).isEqualTo("2025-07-12");
    }

    @Test
    void aNewerSnapshotWithANewPriceClosesTheOldOne() {
        fixtures.run(Catalogue.MODELS_DEV, true);
        Path snapshot = fixtures.catalogue(Catalogue.MODELS_DEV);
        fixtures.edit(snapshot.resolve("SNAPSHOT.txt"), text -> text
            .replace("f3fc692299671838c7c65fd8126bf84d81a2e817", "0123456789abcdef0123456789abcdef01234567")
            .replace("2026-07-02", "2026-09-01"));
        fixtures.edit(snapshot.resolve("providers/openai/models/gpt-4o.toml"), text -> text
            .replace("input = 2.50", "input = 2.00")
            .replace("last_updated = \"2024-08-06\"", "last_updated = \"2026-08-15\""));
        ImportReport report = fixtures.run(Catalogue.MODELS_DEV, true).report();
        JsonNode old = price("p-models-dev.openai.gpt-4o-2024-08-06");
        assertThat(old.path("validUntil").asString()).isEqualTo("2026-08-15");
        assertThat(old.path("note").asString()).contains("Superseded from 2026-08-15 (models.dev snapshot 0123456");
        JsonNode current = price("p-models-dev.openai.gpt-4o-2026-08-15");
        assertThat(current.path("input").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(current.path("validUntil").isNull()).isTrue();
        assertThat(report.lines()).anySatisfy(line -> assertThat(line.detail()).startsWith("closed: valid until 2026-08-15 (was $"));
        assertThat(source("models-dev.openai.gpt-4o").path("url").asString()).contains("0123456789abcdef");
    }

    @Test
    void genaiPricesCarryTheDateTheyWereLastCheckedFromTheProviderFiles() {
        fixtures.run(Catalogue.GENAI_PRICES, true);
        JsonNode gpt4o = price("p-genai-prices.openai.gpt-4o-2025-07-04");
        assertThat(gpt4o.path("lastChecked").asString()).isEqualTo("2025-07-04");
        assertThat(gpt4o.path("cachedInput").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(gpt4o.path("provider").asString()).isEqualTo("OpenAI");
        assertThat(gpt4o.path("offer").asString()).isEqualTo("gpt-4o — genai-prices");
    }

    @Test
    void aCuratedCurrentPriceThatDiffersIsAConflictAndBothAreKept() {
        fixtures.edit(fixtures.data().resolve("prices.json"), text -> text.replace("\"input\": 0.03", "\"input\": 0.025"));
        ImportReport report = fixtures.run(Catalogue.GENAI_PRICES, true).report();
        assertThat(report.lines()).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(Kind.CONFLICTING);
            assertThat(line.what()).startsWith("price gpt-4");
            assertThat(line.detail()).contains("the curated price p-gpt4-8k says $25 / $60 per 1M");
        });
        assertThat(price("p-gpt4-8k").path("input").decimalValue()).isEqualByComparingTo("0.025");
        assertThat(price("p-genai-prices.openai.gpt-4-2025-07-04").path("input").decimalValue())
            .isEqualByComparingTo("30");
    }

    @Test
    void llmstatsScoresBecomePercentagesWithTheirSettingAndWhoReportedThem() {
        importAll();
        JsonNode gpqa = null;
        int mmlu = 0;
        for (JsonNode score : json("scores.json")) {
            if (score.path("model").asString().equals("gpt-4") && score.path("benchmark").asString().equals("gpqa")) {
                gpqa = score;
            }
            if (score.path("model").asString().equals("gpt-4") && score.path("benchmark").asString().equals("mmlu")) {
                mmlu++;
            }
        }
        assertThat(gpqa).isNotNull();
        assertThat(gpqa.path("value").decimalValue()).isEqualByComparingTo("35.7");
        assertThat(gpqa.path("shots").asString()).isEqualTo("5-shot");
        assertThat(gpqa.path("setting").asString()).isEqualTo("5-shot, Commonsense reasoning");
        assertThat(gpqa.path("selfReported").asBoolean()).isTrue();
        assertThat(gpqa.path("reportedBy").asString()).isEqualTo("vendor");
        assertThat(gpqa.path("source").asString()).isEqualTo("llmstats.openai.gpt-4-0613");
        assertThat(gpqa.path("note").asString()).contains("0.357 as a fraction of 1");
        assertThat(mmlu).as("the catalogue's 0.864 agrees with the curated 86.4%: not added twice").isEqualTo(1);
        JsonNode source = source("llmstats.openai.gpt-4-0613");
        assertThat(source.path("publisher").asString()).isEqualTo("LLMStats (CC BY 4.0)");
        assertThat(source.path("note").asString()).contains("creativecommons.org/licenses/by/4.0");
    }

    @Test
    void aMergedDataSetThatWouldNotLoadStopsTheImportAndWritesNothing() {
        fixtures.edit(fixtures.data().resolve("import/mapping.json"),
                text -> text.replace("\"license\": \"apache-2.0\"", "\"license\": \"no-such-licence\""));
        Map<String, String> before = fixtures.dataFiles();
        assertThatThrownBy(() -> fixtures.run(Catalogue.MODELS_DEV, true)).isInstanceOf(CatalogueException.class)
            .hasMessageContaining("import/mapping.json")
            .hasMessageContaining("gpt-oss-120b")
            .hasMessageContaining("new.license");
        assertThat(fixtures.dataFiles()).isEqualTo(before);
    }

    @Test
    void oneEntryMapsToOneModel() {
        fixtures.edit(fixtures.data().resolve("import/mapping.json"),
                text -> text.replace("\"genai-prices\": [\n        \"openai/o3\"", "\"genai-prices\": [\n        \"openai/gpt-4\""));
        assertThatThrownBy(() -> fixtures.run(Catalogue.GENAI_PRICES, false)).isInstanceOf(CatalogueException.class)
            .hasMessageContaining("import/mapping.json")
            .hasMessageContaining("'openai/gpt-4' is already mapped to 'gpt-4'");
    }

    @Test
    void aModelFromHostsGetsItsFactsFromTheFirstEntryListed() {
        fixtures.run(Catalogue.MODELS_DEV, true);
        JsonNode oss = json("models/gpt-oss-120b.json");
        assertThat(oss.at("/access/weightsDownloadable").asBoolean()).isTrue();
        assertThat(oss.at("/license").asString()).isEqualTo("apache-2.0");
        assertThat(oss.at("/context/tokens").asInt()).isEqualTo(131072);
        assertThat(price("p-models-dev.togetherai.openai.gpt-oss-120b-2025-08-05").path("provider").asString())
            .isEqualTo("Together AI");
    }
}
