package com.llmcompare.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.llmcompare.importer.CatalogueEntry.BenchmarkResult;
import com.llmcompare.importer.CatalogueEntry.Fact;
import com.llmcompare.importer.CatalogueEntry.Facts;
import com.llmcompare.importer.CatalogueEntry.Run;

/**
 * Reads Epoch AI's Benchmarking Hub export ({@code benchmark_data/<file>.csv}): Epoch's own runs,
 * its capabilities index (ECI) and its compilations of other boards, the files the mapping names
 * only. An entry is a model as Epoch names it without the setting ("gpt-5.2-2025-12-11"); each row
 * is a result whose setting is Epoch's full model version ("gpt-5.2-2025-12-11_xhigh": reasoning
 * effort; "_32K": thinking budget; "_unknown": not stated), with the agent and the row's own name where
 * a board gives them ("with Terminus 2", "(claude-opus-4-1-20250805-thinking)").
 * Scores that Epoch gives as fractions of 1 are converted to percent; the index stays in its points.
 */
final class EpochReader implements CatalogueReader {

    /** The setting Epoch appends to a model's id after the last '_'. */
    private static final Pattern SETTING = Pattern.compile("minimal|none|low|medium|high|xhigh|max|unknown|thinking|\\d+[Kk]");

    /**
     * How to read one file: its headline column, standard error, agent and run-date columns, and
     * who ran it when the file names no source per row (null: the row's "Source" column).
     */
    record Layout(String value, boolean fraction, String error, String agent, String runDate, String runBy,
            String runByUrl) {
    }

    private static final String OWN = "Best score (across scorers)";

    static final Map<String, Layout> LAYOUTS = layouts();

    private static Map<String, Layout> layouts() {
        Map<String, Layout> layouts = new LinkedHashMap<>();
        Stream.of("gpqa_diamond", "frontiermath", "frontiermath_tier_4", "otis_mock_aime_2024_2025", "swe_bench_verified",
                "simpleqa_verified", "math_level_5", "chess_puzzles")
            .forEach(file -> layouts.put(file,
                    new Layout(OWN, true, "stderr", null, "Started at", "Epoch AI", "https://epoch.ai/benchmarks")));
        layouts.put("epoch_capabilities_index", new Layout("ECI Score", false, null, null, null,
                "Epoch AI (Epoch Capabilities Index)", "https://epoch.ai/benchmarks/eci"));
        layouts.put("terminalbench_external", new Layout("Accuracy mean", true, "Accuracy SE", "Agent", "Run date", null, null));
        layouts.put("arc_agi_2_external", new Layout("Score", true, null, null, null, "ARC Prize Foundation (ARC-AGI-2 leaderboard)",
                "https://arcprize.org/leaderboard"));
        layouts.put("hle_external", new Layout("Accuracy", true, "Accuracy Standard Error", null, null,
                "Center for AI Safety and Scale AI (Humanity's Last Exam leaderboard)", "https://lastexam.ai"));
        layouts.put("simplebench_external", new Layout("Score (AVG@5)", true, null, null, null, null, null));
        return layouts;
    }

    @Override
    public List<CatalogueEntry> read(Path root, Collection<String> files) {
        Map<String, List<BenchmarkResult>> results = new TreeMap<>();
        Map<String, String> organisations = new TreeMap<>();
        Map<String, String> releases = new TreeMap<>();
        for (String file : files.stream().sorted().toList()) {
            Layout layout = LAYOUTS.get(file);
            if (layout == null) {
                throw new CatalogueException("data/" + Mapping.FILE, file, "catalogues.epoch.benchmarks",
                        "the importer does not know how to read Epoch's file '" + file + "' (it reads " + LAYOUTS.keySet()
                                + ")");
            }
            String path = "benchmark_data/" + file + ".csv";
            List<String> required = Stream.of("Model version", layout.value(), layout.error(), layout.agent(),
                    layout.runDate()).filter(Objects::nonNull).toList();
            Set<String> seen = new HashSet<>();
            Set<String> settings = new HashSet<>();
            for (CsvTable.Row row : CsvTable.read(root, root.resolve(path), required)) {
                String version = row.get("Model version");
                BigDecimal value = number(path, row, layout.value());
                if (version == null || value == null) {
                    continue;
                }
                String model = modelOf(version);
                // The export lists some results twice: once under the bare id, once with "_unknown".
                String agent = layout.agent() == null ? "" : Objects.requireNonNullElse(row.get(layout.agent()), "");
                if (!seen.add(model + "|" + agent.toLowerCase(Locale.ROOT) + "|" + value.stripTrailingZeros().toPlainString())) {
                    continue;
                }
                organisations.putIfAbsent(model, Objects.requireNonNullElse(row.get("Organization"), "unknown organisation"));
                String release = row.get("Release date");
                if (release != null) {
                    CatalogueFiles.checkDate(path, version, "Release date (line " + row.line() + ")", release);
                    releases.putIfAbsent(model, release);
                }
                String setting = version + (agent.isBlank() ? "" : " with " + agent.trim())
                        + (row.get("Name") == null || row.get("Name").equals(version) ? "" : " (" + row.get("Name") + ")");
                // Rows left alike (re-runs on other dates) keep Epoch's record id, so no result is lost.
                if (!settings.add(model + "|" + setting)) {
                    setting = setting + " [Epoch record " + row.get("id") + "]";
                }
                results.computeIfAbsent(model, m -> new ArrayList<>())
                    .add(result(file, path, layout, row, version, setting, value));
            }
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        results.forEach((model, list) -> entries.add(new CatalogueEntry(model, organisations.get(model), "benchmark_data/",
                releaseOnly(releases.get(model)), List.of(), List.copyOf(list), List.of())));
        return entries;
    }

    /** Epoch's release date of the model version: not merged as a fact, only to tell versions apart. */
    private static Facts releaseOnly(String release) {
        return release == null ? Facts.none()
                : new Facts(null, new Fact<>(release, "\"Release date\": \"" + release + "\""), null, null, null, null,
                        null, null, null, null, null, null, null);
    }

    /** "gpt-5.2-2025-12-11_xhigh" → "gpt-5.2-2025-12-11"; an id without a setting is the model's. */
    static String modelOf(String version) {
        int underscore = version.lastIndexOf('_');
        return underscore > 0 && SETTING.matcher(version.substring(underscore + 1)).matches()
                ? version.substring(0, underscore) : version;
    }

    private static BenchmarkResult result(String file, String path, Layout layout, CsvTable.Row row, String version,
            String setting, BigDecimal raw) {
        String agent = layout.agent() == null ? null : row.get(layout.agent());
        BigDecimal value = layout.fraction() ? raw.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                : raw.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal error = layout.error() == null ? null : number(path, row, layout.error());
        String uncertainty = error == null ? null
                : "±" + CatalogueFiles.plain((layout.fraction() ? error.movePointRight(2) : error)
                    .setScale(1, RoundingMode.HALF_UP)) + " (standard error)";
        String source = row.get("Source");
        String sourceLink = Stream.of(row.get("Source Link"), row.get("Source link"), row.get("Source link (site from table)"))
            .filter(Objects::nonNull).findFirst().orElse(null);
        String runBy = layout.runBy() != null ? layout.runBy() : Objects.requireNonNullElse(source, "not stated by Epoch");
        String runByUrl = layout.runBy() != null ? Objects.requireNonNullElse(row.get("Log viewer"), layout.runByUrl())
                : sourceLink;
        String date = layout.runDate() == null ? null : row.get(layout.runDate());
        date = date == null || date.length() < 10 ? null : date.substring(0, 10);
        boolean selfReported = agent != null && row.get("Agent Org") != null
                && row.get("Agent Org").equalsIgnoreCase(Objects.requireNonNullElse(row.get("Model Org"), ""));
        String quote = "\"Model version\": \"" + version + "\", \"" + layout.value() + "\": " + row.get(layout.value())
                + (agent == null ? "" : ", \"Agent\": \"" + agent + "\"") + (row.get("id") == null ? ""
                        : ", \"id\": \"" + row.get("id") + "\"");
        String upstream = layout.runBy() == null ? runBy : null;
        String note = selfReported ? "Submitted by the model's maker (" + row.get("Agent Org") + ") with its own agent."
                : null;
        return new BenchmarkResult(file, setting, value, selfReported, date, sourceLink, quote,
                new Run(runBy, uncertainty, null, path, row.line(), upstream, runByUrl, note));
    }

    /** A score or its error; only the index may be negative (its points are unbounded). */
    private static BigDecimal number(String path, CsvTable.Row row, String column) {
        BigDecimal value = row.number(path, row.get("Model version"), column);
        if (value != null && value.signum() < 0 && !column.startsWith("ECI")) {
            throw new CatalogueException(path, row.get("Model version"), row.at(column),
                    "cannot be negative (was " + row.get(column) + ")");
        }
        return value;
    }
}
