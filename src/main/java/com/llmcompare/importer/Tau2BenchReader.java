package com.llmcompare.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.llmcompare.importer.CatalogueEntry.BenchmarkResult;
import com.llmcompare.importer.CatalogueEntry.Facts;
import com.llmcompare.importer.CatalogueEntry.Run;

/**
 * Reads τ²-bench's text leaderboard from {@code tau2_results.csv} (one row per submission and
 * domain, flattened from the submissions' JSON without changing a value): pass^1 in percent, for the
 * domains the mapping names. An entry is the model as the submission names it; the setting names the
 * submission, reasoning effort, agent type and user simulator, which all move the score. Runs by
 * Sierra, the benchmark's maintainer, are independent; a vendor's own submission is self-reported.
 * Voice submissions are another task and are not read.
 */
final class Tau2BenchReader implements CatalogueReader {

    private static final Set<String> TEXT_LISTS = Set.of("submissions", "legacy_submissions");

    @Override
    public List<CatalogueEntry> read(Path root, Collection<String> domains) {
        List<String> required = List.of("submission_id", "manifest_list", "model_name", "model_organization",
                "submitting_organization", "reported_by", "submission_date", "submission_type", "modality",
                "reasoning_effort", "domain", "pass_1", "evaluation_date", "user_simulator");
        Map<String, List<BenchmarkResult>> results = new TreeMap<>();
        Map<String, String> organisations = new TreeMap<>();
        for (CsvTable.Row row : CsvTable.read(root, root.resolve("tau2_results.csv"), required)) {
            if (!TEXT_LISTS.contains(row.get("manifest_list")) || !"text".equals(row.get("modality"))
                    || !domains.contains(row.get("domain")) || row.get("pass_1") == null) {
                continue;
            }
            String model = row.get("model_name");
            organisations.putIfAbsent(model, row.get("model_organization"));
            results.computeIfAbsent(model, m -> new ArrayList<>()).add(result(row));
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        results.forEach((model, list) -> entries.add(new CatalogueEntry(model, organisations.get(model),
                "tau2_results.csv", Facts.none(), List.of(), List.copyOf(list), List.of())));
        return entries;
    }

    private static BenchmarkResult result(CsvTable.Row row) {
        String id = row.get("submission_id");
        BigDecimal pass1 = row.number("tau2_results.csv", id, "pass_1");
        if (pass1.signum() < 0 || pass1.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new CatalogueException("tau2_results.csv", id, row.at("pass_1"),
                    "must be a percentage from 0 to 100 (was " + row.get("pass_1") + ")");
        }
        boolean selfReported = !row.get("reported_by").startsWith("benchmark maintainer");
        String setting = id + (row.get("reasoning_effort") == null ? "" : ", reasoning " + row.get("reasoning_effort"))
                + (row.get("submission_type") == null ? "" : ", " + row.get("submission_type") + " agent")
                + ", user simulator " + row.get("user_simulator");
        String quote = "\"submission_id\": \"" + id + "\", \"domain\": \"" + row.get("domain") + "\", \"pass_1\": "
                + row.get("pass_1");
        String date = row.get("evaluation_date") != null ? row.get("evaluation_date") : row.get("submission_date");
        String file = "web/leaderboard/public/submissions/" + id + "/submission.json";
        return new BenchmarkResult(row.get("domain"), setting, pass1.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros(),
                selfReported, date, null, quote,
                new Run(row.get("submitting_organization") + (selfReported ? " (the model's maker)" : " (τ²-bench maintainer)"),
                        null, null, file, null, null, "https://taubench.com", selfReported
                                ? "Submitted by " + row.get("submitting_organization") + ", not verified by Sierra." : null));
    }
}
