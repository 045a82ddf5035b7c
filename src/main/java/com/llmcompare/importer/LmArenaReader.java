package com.llmcompare.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.llmcompare.importer.CatalogueEntry.BenchmarkResult;
import com.llmcompare.importer.CatalogueEntry.Facts;
import com.llmcompare.importer.CatalogueEntry.Run;

/**
 * Reads LMArena's current leaderboards ({@code current/lmarena_<board>.csv}, upstream
 * {@code csv/lmarena_<board>.csv}): the Bradley–Terry arena score from people's votes between two
 * anonymous answers, with its 95% confidence interval and the number of votes. An entry is the model
 * as the arena names it. Human preference, run by LMArena: independent of the makers.
 */
final class LmArenaReader implements CatalogueReader {

    @Override
    public List<CatalogueEntry> read(Path root, Collection<String> boards) {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (String board : boards.stream().sorted().toList()) {
            String local = "current/lmarena_" + board + ".csv";
            String upstream = "csv/lmarena_" + board + ".csv";
            String version = latestVersion(root, board);
            for (CsvTable.Row row : CsvTable.read(root, root.resolve(local),
                    List.of("model", "arena_score", "95_pct_ci", "votes", "organization"))) {
                String model = row.get("model");
                if (model == null || row.get("arena_score") == null) {
                    continue;
                }
                BigDecimal score = row.number(local, model, "arena_score");
                if (score.signum() <= 0) {
                    throw new CatalogueException(local, model, row.at("arena_score"), "must be positive");
                }
                String votesText = row.get("votes");
                if (votesText != null && !votesText.matches("-?\\d{1,18}")) {
                    throw new CatalogueException(local, model, row.at("votes"), "not a number: '" + votesText + "'");
                }
                long votes = votesText == null ? 0 : Long.parseLong(votesText);
                String quote = "\"model\": \"" + model + "\", \"arena_score\": " + row.get("arena_score")
                        + ", \"95_pct_ci\": \"" + row.get("95_pct_ci") + "\", \"votes\": " + row.get("votes");
                BenchmarkResult result = new BenchmarkResult(board, board + " arena, overall", score, false, version, null,
                        quote, new Run("LMArena (people's votes)", row.get("95_pct_ci") == null ? null
                                : row.get("95_pct_ci") + " (95% CI)", votes > 0 ? votes : null, upstream, row.line(),
                                null, "https://lmarena.ai/leaderboard", null));
                entries.add(new CatalogueEntry(model, row.get("organization") == null ? "unknown organisation"
                        : row.get("organization"), upstream, Facts.none(), List.of(), List.of(result), List.of()));
            }
        }
        return entries;
    }

    /** The leaderboard version the current file is ("2025.08.04" → "2025-08-04"), from the history file. */
    private static String latestVersion(Path root, String board) {
        Path history = root.resolve("lmarena_" + board + "_history.csv");
        if (!java.nio.file.Files.isRegularFile(history)) {
            return null;
        }
        return CsvTable.read(root, history, List.of("leaderboard_version"))
            .stream()
            .map(row -> row.get("leaderboard_version"))
            .filter(v -> v != null && v.matches("\\d{4}\\.\\d{2}\\.\\d{2}"))
            .max(String::compareTo)
            .map(v -> v.replace('.', '-'))
            .orElse(null);
    }
}
