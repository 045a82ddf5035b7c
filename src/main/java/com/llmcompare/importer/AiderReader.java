package com.llmcompare.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.llmcompare.importer.CatalogueEntry.BenchmarkResult;
import com.llmcompare.importer.CatalogueEntry.Facts;
import com.llmcompare.importer.CatalogueEntry.Run;

import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads Aider's polyglot leaderboard ({@code polyglot_leaderboard.yml}): one run per item, its score
 * the percentage of the 225 exercises passing after the second try ({@code pass_rate_2}). An entry is
 * the model label the leaderboard shows (it often holds the setting: "gpt-5 (high)"); the setting adds
 * the edit format. Aider's maintainers run or check the runs: independent of the makers.
 */
final class AiderReader implements CatalogueReader {

    private final YAMLMapper mapper = CatalogueFiles.strict(
            YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(CatalogueFiles.limits()).build()));

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RunYaml(String dirname, String model, String editFormat, Integer testCases,
            @JsonProperty("pass_rate_2") BigDecimal passRate2, String date) {
    }

    @Override
    public List<CatalogueEntry> read(Path root, Collection<String> boards) {
        Map<String, List<BenchmarkResult>> results = new TreeMap<>();
        for (String board : boards.stream().sorted().toList()) {
            String path = board + "_leaderboard.yml";
            RunYaml[] runs = CatalogueFiles.read(mapper, root,
                    root.resolve(path), board, RunYaml[].class);
            for (int i = 0; i < runs.length; i++) {
                RunYaml run = runs[i];
                String at = "[" + i + "]";
                if (run == null || run.model() == null || run.passRate2() == null || run.dirname() == null) {
                    throw new CatalogueException(path, at, "model/pass_rate_2/dirname", "a run needs all three");
                }
                if (run.passRate2().signum() < 0 || run.passRate2().compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new CatalogueException(path, run.dirname(), "pass_rate_2", "must be a percentage (was "
                            + run.passRate2() + ")");
                }
                CatalogueFiles.checkDate(path, run.dirname(), "date", run.date());
                if (run.testCases() != null && run.testCases() < 225) {
                    continue;
                }
                String setting = run.model() + ", " + run.editFormat() + " edit format";
                String quote = "dirname: " + run.dirname() + ", model: " + run.model() + ", pass_rate_2: "
                        + CatalogueFiles.plain(run.passRate2());
                results.computeIfAbsent(run.model(), m -> new ArrayList<>())
                    .add(new BenchmarkResult(board, setting, run.passRate2(), false, run.date(), null, quote,
                            new Run("Aider", null, null, "aider/website/_data/" + path, null, null,
                                    "https://aider.chat/docs/leaderboards/", "Run " + run.dirname() + ".")));
            }
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        results.forEach((model, list) -> entries.add(new CatalogueEntry(model, "aider", "aider/website/_data/",
                Facts.none(), List.of(), List.copyOf(list), List.of())));
        return entries;
    }
}
