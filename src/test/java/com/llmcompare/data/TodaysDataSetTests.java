package com.llmcompare.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.llmcompare.core.dataset.DataFiles;
import com.llmcompare.core.dataset.DataFiles.BenchmarkFile;
import com.llmcompare.core.dataset.DataFiles.ModelFile;
import com.llmcompare.core.dataset.DataFiles.ScoreFile;
import com.llmcompare.core.model.Lifecycle;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real data set ({@code data/}) read without Spring, against the rules a decision made today needs:
 * today's models, their lifecycle from the vendors, scores that are not merged across versions or
 * variants, and enough independent scores to tell the current models apart.
 */
class TodaysDataSetTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static DataSet data;

    private static Map<String, ModelFile> models;

    private static Map<String, BenchmarkFile> benchmarks;

    @BeforeAll
    static void readTheDataSet() {
        try (ValidatorFactory validators = Validation.buildDefaultValidatorFactory()) {
            data = new DataSetReader(validators.getValidator()).read(Path.of("data"));
        }
        new DataSetValidator().validate(data);
        models = data.models().stream().collect(Collectors.toMap(ModelFile::slug, Function.identity()));
        benchmarks = data.benchmarks().stream().collect(Collectors.toMap(BenchmarkFile::slug, Function.identity()));
    }

    private static List<ScoreFile> scores(String model, String benchmark) {
        return data.scores().stream().filter(s -> s.model().equals(model) && s.benchmark().equals(benchmark)).toList();
    }

    private static Lifecycle lifecycle(String slug) {
        var life = models.get(slug).lifecycle();
        return Lifecycle.on(TODAY, life.status(), life.date(), life.value(), life.source(), life.quote(),
                life.announced(), life.successor(), Boolean.TRUE.equals(life.unverified()));
    }

    @Test
    void theCatalogueHoldsTodaysModelsOfEveryVendorInScope() {
        long since2024 = data.models().stream()
            .filter(m -> m.release().date() == null || m.release().date().compareTo("2024") >= 0)
            .count();
        assertThat(since2024).isGreaterThanOrEqualTo(150);
        assertThat(models).containsKeys("claude-opus-4.7", "claude-sonnet-4.6", "gpt-5.2", "gpt-5.4", "deepseek-v4-pro",
                "gemini-3-pro-preview", "kimi-k2-thinking", "glm-5", "qwen3.5-397b-a17b", "command-a", "nova-pro",
                "nemotron-3-super-120b-a12b", "minimax-m2.7");
    }

    @Test
    void aModelTheVendorShutDownIsRetiredWithTheVendorsPageAndItsSuccessor() {
        Lifecycle opus3 = lifecycle("claude-3-opus");
        assertThat(opus3.isRetired()).isTrue();
        assertThat(opus3.date()).isEqualTo("2026-01-05");
        assertThat(opus3.sourceId()).isEqualTo("anthropic-modeldeprecations");
        assertThat(opus3.successor()).isEqualTo("claude-opus-4.8");
        assertThat(lifecycle("gpt-4-turbo").isRetired()).isTrue();
        assertThat(lifecycle("gpt-5-mini").stage()).isEqualTo(Lifecycle.Stage.DEPRECATED);
        assertThat(lifecycle("gpt-5-mini").date()).isEqualTo("2026-12-11");
    }

    @Test
    void everyLifecycleRestsOnAVendorPageOrSaysItIsUnverified() {
        Set<String> catalogues = Set.of("models-dev.", "genai-prices.", "llmstats.");
        for (ModelFile model : data.models()) {
            var life = model.lifecycle();
            boolean fromCatalogue = catalogues.stream().anyMatch(life.source()::startsWith);
            assertThat(!fromCatalogue || Boolean.TRUE.equals(life.unverified()))
                .as(model.slug() + ": a lifecycle resting on a catalogue alone is marked unverified").isTrue();
            if (Boolean.TRUE.equals(life.unverified())) {
                assertThat(life.value()).as(model.slug()).startsWith("Not confirmed by a vendor page");
            }
        }
    }

    @Test
    void theClosedProvidersOffersAreRetiredFromItsClosingDay() {
        assertThat(data.providers()).filteredOn(provider -> provider.closed() != null).singleElement().satisfies(closure -> {
            assertThat(closure.name()).isEqualTo("Anyscale Endpoints");
            assertThat(closure.closed()).isEqualTo("2024-08-01");
        });
        assertThat(data.prices()).filteredOn(p -> p.provider().equals("Anyscale Endpoints")).hasSize(3);
    }

    @Test
    void theBatchDiscountsAreTheProvidersOwnEachWithItsPageAndQuote() {
        assertThat(data.providers()).filteredOn(provider -> provider.batch() != null)
            .extracting(DataFiles.ProviderFile::name)
            .contains("OpenAI", "Anthropic", "Google (Gemini API)", "Groq", "DeepInfra");
        assertThat(data.providers()).filteredOn(provider -> provider.name().equals("DeepInfra")).singleElement()
            .satisfies(deepInfra -> {
                assertThat(deepInfra.batch().discountPercent()).isEqualByComparingTo("20");
                assertThat(deepInfra.batch().source()).isEqualTo("deepinfra-batch-api-2026-06-19");
            });
        assertThat(data.providers()).filteredOn(provider -> provider.batch() != null)
            .allSatisfy(provider -> assertThat(provider.batch().quote()).isNotBlank());
    }

    @Test
    void gpt35TurboHasOneMmluScoreAndNoScoreOfALaterVersion() {
        assertThat(scores("gpt-3.5-turbo", "mmlu")).singleElement()
            .satisfies(mmlu -> assertThat(mmlu.value()).isEqualTo(70.0));
        assertThat(data.scores()).noneMatch(s -> s.source().contains("gpt-3.5-turbo-0125"));
        assertThat(scores("gpt-3.5-turbo", "mmmu")).isEmpty();
    }

    @Test
    void noModelHasTwoScoresForOneBenchmarkSettingAndSource() {
        Map<List<String>, Long> byKey = data.scores().stream()
            .collect(Collectors.groupingBy(s -> List.of(s.model(), s.benchmark(), Objects.toString(s.setting(), ""),
                    s.source(), Objects.toString(s.system(), "")), Collectors.counting()));
        assertThat(byKey.values()).allMatch(count -> count == 1);
    }

    @Test
    void gpqaDiamondIsABenchmarkOfItsOwn() {
        // LLMStats' "GPQA" rows: the one on the main set stays GPQA, the one on Diamond is GPQA Diamond
        assertThat(scores("mistral-small-3.1", "gpqa")).extracting(ScoreFile::value).containsExactly(44.42);
        assertThat(scores("mistral-small-3.1", "gpqa-diamond")).extracting(ScoreFile::value, ScoreFile::source)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(45.96, "llmstats.mistral.mistral-small-3.1-24b-instruct-2503"),
                    org.assertj.core.groups.Tuple.tuple(47.47, "epoch.gpqa-diamond"));
        assertThat(data.scores()).filteredOn(s -> s.benchmark().equals("gpqa"))
            .noneMatch(s -> s.setting() != null && s.setting().toLowerCase().contains("diamond"));
    }

    @Test
    void theHeadlineBenchmarksAreDataAndTodaysModelsHaveIndependentScoresOnThem() {
        assertThat(data.benchmarks()).filteredOn(b -> "headline".equals(b.role())).extracting(BenchmarkFile::slug)
            .containsExactly("swe-bench-verified", "terminal-bench-2", "frontiermath", "arc-agi-2", "tau2-airline");
        List<String> targets = List.of("gpt-5", "gpt-5.2", "gpt-5.5", "claude-opus-4.5", "claude-opus-4.7",
                "claude-sonnet-4.5", "gemini-2.5-pro", "gemini-3-pro-preview", "gemini-3.1-pro-preview", "grok-4",
                "gpt-oss-120b", "deepseek-v3.2", "qwen3-235b-a22b", "kimi-k2-thinking", "glm-5");
        long covered = targets.stream()
            .filter(slug -> data.scores()
                .stream()
                .filter(s -> s.model().equals(slug) && !Boolean.TRUE.equals(s.selfReported()) && s.value() != null
                        && !"index".equals(benchmarks.get(s.benchmark()).role()))
                .map(ScoreFile::benchmark)
                .distinct()
                .count() >= 3)
            .count();
        assertThat(covered).isGreaterThanOrEqualTo(12);
        ScoreFile epoch = scores("claude-opus-4.5", "swe-bench-verified").stream()
            .filter(s -> s.run() != null && s.run().by().equals("Epoch AI"))
            .findFirst()
            .orElseThrow();
        assertThat(epoch.selfReported()).isFalse();
        assertThat(epoch.run().uncertainty()).endsWith("(standard error)");
    }

    @Test
    void everyTransparencyTotalIsTheSumOfItsEditionsIndicators() throws java.io.IOException {
        Path fmti = Path.of("../shared/data/fmti");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(fmti), "the FMTI snapshot is not here");
        Map<String, String> files = Map.of("2023-10", "October2023/October2023_scores.csv", "2024-05",
                "May2024/May2024_scores.csv", "2025-12", "Dec2025/Dec2025_scores.csv");
        assertThat(data.transparency()).hasSizeGreaterThanOrEqualTo(20);
        for (var t : data.transparency()) {
            List<String> lines = java.nio.file.Files.readAllLines(fmti.resolve(files.get(t.edition())));
            // a comma inside a quoted indicator name is not a column break
            String cell = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";
            int column = List.of(lines.get(0).split(cell)).indexOf(t.developer());
            assertThat(column).as(t.developer() + " in " + t.edition()).isPositive();
            int sum = lines.stream()
                .skip(1)
                .map(line -> line.split(cell))
                .filter(cells -> !cells[0].toLowerCase().startsWith("total") && cells.length > column)
                .mapToInt(cells -> cells[column].trim().equals("1") ? 1 : 0)
                .sum();
            assertThat(sum).as(t.developer() + " " + t.edition()).isEqualTo(t.score());
        }
    }

    @Test
    void aModelsOwnContextWindowWinsOverAHostsCap() {
        assertThat(models.get("llama-4-scout").context().tokens()).isEqualTo(10_000_000);
        assertThat(models.get("llama-4-maverick").context().tokens()).isEqualTo(1_000_000);
        assertThat(models.get("llama-4-scout").context().claims()).anyMatch(c -> Objects.equals(c.number(), 128_000.0));
        assertThat(models.get("claude-opus-4.5").release().date()).isEqualTo("2025-11-24");
    }
}
