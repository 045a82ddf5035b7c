package com.llmcompare.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.llmcompare.importer.ImportReport.Kind;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The score boards (Epoch AI's hub, τ²-bench, Aider, LMArena) on rows cut from their snapshots,
 * into the fixtures' data set once the catalogues have brought in the models.
 */
class BoardImportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    Fixtures fixtures;

    @BeforeEach
    void importTheModels() {
        fixtures = Fixtures.copy(temp);
        fixtures.run(Catalogue.MODELS_DEV, true);
    }

    private List<JsonNode> scores(String model, String benchmark) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode score : JSON.readTree(fixtures.read(fixtures.data().resolve("scores.json")))) {
            if (score.path("model").asString().equals(model) && score.path("benchmark").asString().equals(benchmark)) {
                found.add(score);
            }
        }
        return found;
    }

    @Test
    void epochsOwnRunsComeInPerSettingAsIndependentScoresInPercentWithTheirStandardError() {
        ImportReport report = fixtures.run(Catalogue.EPOCH, true).report();
        List<JsonNode> o3 = scores("o3", "gpqa-diamond");
        assertThat(o3).extracting(s -> s.path("setting").asString()).containsExactly("o3-2025-04-16_high");
        JsonNode high = o3.get(0);
        assertThat(high.path("value").decimalValue()).isEqualByComparingTo("81.82");
        assertThat(high.path("selfReported").asBoolean()).isFalse();
        assertThat(high.at("/run/by").asString()).isEqualTo("Epoch AI");
        assertThat(high.at("/run/uncertainty").asString()).isEqualTo("±2.1 (standard error)");
        assertThat(high.at("/run/date").asString()).isEqualTo("2025-04-16");
        assertThat(high.path("source").asString()).isEqualTo("epoch.gpqa-diamond");
        assertThat(report.render(true)).contains("Anthropic: 1 — claude-3-opus-20240229");
    }

    @Test
    void theIndexKeepsItsPointsAndAModelVersionReleasedLongAfterTheModelBringsNoScores() {
        ImportReport report = fixtures.run(Catalogue.EPOCH, true).report();
        assertThat(scores("o3", "eci")).singleElement()
            .satisfies(eci -> assertThat(eci.path("value").decimalValue()).isEqualByComparingTo("147.2"));
        assertThat(scores("gpt-4o", "gpqa-diamond")).extracting(s -> s.path("setting").asString())
            .containsExactly("gpt-4o-2024-05-13");
        assertThat(report.lines()).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(Kind.SKIPPED);
            assertThat(line.entry()).isEqualTo("gpt-4o-2024-11-20");
            assertThat(line.detail()).contains("a later version (released 2024-11-20");
        });
    }

    @Test
    void aResultTheExportListsTwiceIsOneScoreAndEachAgentIsItsOwnSetting() {
        fixtures.run(Catalogue.EPOCH, true);
        assertThat(scores("gpt-oss-120b", "terminal-bench-2")).extracting(s -> s.path("value").decimalValue().doubleValue())
            .containsExactlyInAnyOrder(18.7, 14.2);
        assertThat(scores("gpt-oss-120b", "terminal-bench-2")).allSatisfy(s -> assertThat(s.path("setting").asString())
            .startsWith("gpt-oss-120b").contains(" with "));
    }

    @Test
    void tau2BenchKeepsTheMakersOwnSubmissionsFlaggedAndLeavesOutDomainsNotRunAndVoice() {
        ImportReport report = fixtures.run(Catalogue.TAU2_BENCH, true).report();
        JsonNode airline = scores("o3", "tau2-airline").get(0);
        assertThat(airline.path("value").decimalValue()).isEqualByComparingTo("52");
        assertThat(airline.path("selfReported").asBoolean()).isTrue();
        assertThat(airline.at("/run/by").asString()).isEqualTo("OpenAI (the model's maker)");
        assertThat(airline.path("source").asString()).isEqualTo("tau2-bench.o3-openai-2025-01-15");
        assertThat(scores("o3", "tau2-retail")).hasSize(1);
        assertThat(report.entriesRead()).isEqualTo(1);
    }

    @Test
    void aiderAndLmarenaScoresCarryTheirSettingVotesAndDate() {
        fixtures.run(Catalogue.AIDER, true);
        assertThat(scores("o3", "aider-polyglot")).extracting(s -> s.path("value").decimalValue().doubleValue())
            .containsExactlyInAnyOrder(81.3, 76.9);
        fixtures.run(Catalogue.LMARENA, true);
        JsonNode arena = scores("o3", "lmarena-text").get(0);
        assertThat(arena.path("value").asInt()).isEqualTo(1428);
        assertThat(arena.at("/run/uncertainty").asString()).isEqualTo("+4/-4 (95% CI)");
        assertThat(arena.at("/run/votes").asLong()).isEqualTo(32033);
        assertThat(arena.at("/run/date").asString()).isEqualTo("2025-08-04");
    }

    @Test
    void eachBoardFileIsOneSourceAtTheSnapshotsCommit() {
        fixtures.run(Catalogue.EPOCH, true);
        JsonNode source = null;
        for (JsonNode s : JSON.readTree(fixtures.read(fixtures.data().resolve("sources.json")))) {
            if (s.path("id").asString().equals("epoch.gpqa-diamond")) {
                source = s;
            }
        }
        assertThat(source).isNotNull();
        assertThat(source.path("url").asString()).isEqualTo("https://github.com/madhu24raj/bayes-llm-saturation/blob/"
                + "8698b9ba92fdb58d51d67f4828376b7adca29afa/benchmark_data/gpqa_diamond.csv");
        assertThat(source.path("note").asString()).contains("Epoch AI, 'AI Benchmarking Hub'");
    }

    @Test
    void aBoardFileThatLostAColumnStopsTheImportNamingIt() {
        Path file = fixtures.catalogue(Catalogue.EPOCH).resolve("benchmark_data/gpqa_diamond.csv");
        fixtures.edit(file, text -> text.replaceFirst("Best score \\(across scorers\\)", "Best score"));
        assertThatThrownBy(() -> fixtures.run(Catalogue.EPOCH, false)).isInstanceOf(CatalogueException.class)
            .hasMessageContaining("benchmark_data/gpqa_diamond.csv")
            .hasMessageContaining("Best score (across scorers)")
            .hasMessageContaining("the column is missing");
    }

    @Test
    void aScoreOutsideItsRangeStopsTheImport() {
        Path file = fixtures.catalogue(Catalogue.TAU2_BENCH).resolve("tau2_results.csv");
        fixtures.edit(file, text -> text.replace(",airline,52.0,", ",airline,152.0,"));
        assertThatThrownBy(() -> fixtures.run(Catalogue.TAU2_BENCH, false)).isInstanceOf(CatalogueException.class)
            .hasMessageContaining("pass_1")
            .hasMessageContaining("must be a percentage from 0 to 100 (was 152.0)");
    }
}
