package com.llmcompare.importer;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.llmcompare.importer.CatalogueEntry.BenchmarkResult;
import com.llmcompare.importer.CatalogueEntry.Run;
import com.llmcompare.core.source.PlaceholderHosts;
import com.llmcompare.importer.ImportReport.Kind;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges an entry's benchmark results into {@code scores.json}, each with its setting, who ran it
 * and whether the model's maker reported it. A result is identified by model, benchmark, source and
 * setting. A curated score of the same model and benchmark that agrees makes the result redundant;
 * one that differs makes it a conflict, shown beside it. Three kinds of result are not imported,
 * each with its reason in the report: a variant of the mapped benchmark (GPQA Diamond is not GPQA),
 * a zero from a catalogue of makers' claims (a placeholder for "not run"), and a link to a
 * placeholder host (example.com), which is dropped while the score stays.
 */
final class ScoreMerge {

    private static final Pattern SHOTS = Pattern.compile("(\\d+)[- ]?shot", Pattern.CASE_INSENSITIVE);

    /** Percentage points within which a catalogue's score agrees with a curated one (rounding). */
    private static final BigDecimal SAME_SCORE = new BigDecimal("0.05");

    private final ImportReport report;

    private final Catalogue catalogue;

    private final Mapping mapping;

    private final DataFolder data;

    private final String snapshotNote;

    private final Function<String, String> fileSource;

    /** The scores this run matched or added: the others of this catalogue are no longer backed by it. */
    private final Set<JsonNode> touched = Collections.newSetFromMap(new IdentityHashMap<>());

    ScoreMerge(ImportReport report, Catalogue catalogue, Mapping mapping, DataFolder data, String snapshotNote,
            Function<String, String> fileSource) {
        this.report = report;
        this.catalogue = catalogue;
        this.mapping = mapping;
        this.data = data;
        this.snapshotNote = snapshotNote;
        this.fileSource = fileSource;
    }

    void merge(String slug, CatalogueEntry entry, String entrySource, ArrayNode scores) {
        for (BenchmarkResult result : entry.results()) {
            String what = result.dataset() + " (" + result.method() + ")";
            String named = BenchmarkVariants.named(result.dataset(), result.method());
            String benchmark = (named == null ? Optional.<String>empty()
                    : mapping.benchmark(catalogue, BenchmarkVariants.variantName(result.dataset(), named)))
                .or(() -> mapping.benchmark(catalogue, result.dataset()))
                .orElse(null);
            if (benchmark == null) {
                report.add(Kind.SKIPPED, slug, entry.id(), "score " + what, "benchmark not in the mapping");
                continue;
            }
            if (!data.hasBenchmark(benchmark)) {
                throw new CatalogueException("data/" + Mapping.FILE, result.dataset(), "benchmarks",
                        "maps to '" + benchmark + "', which is not in benchmarks.json: describe it there first");
            }
            String variant = BenchmarkVariants.unmatched(data.benchmarkName(benchmark), result.dataset(),
                    result.method());
            if (variant != null) {
                report.add(Kind.SKIPPED, slug, entry.id(), "score " + what, "a variant (" + variant + ") of "
                        + data.benchmarkName(benchmark) + ", not the same benchmark: map it to its own");
                continue;
            }
            if (result.value().signum() == 0 && result.selfReported()) {
                report.add(Kind.SKIPPED, slug, entry.id(), "score " + what,
                        "a zero in a catalogue of makers' claims stands for a benchmark not run");
                continue;
            }
            String source = result.run() == null ? entrySource : fileSource.apply(result.run().file());
            merge(slug, entry, source, benchmark, result, what, scores);
        }
    }

    private void merge(String slug, CatalogueEntry entry, String source, String benchmark, BenchmarkResult result,
            String what, ArrayNode scores) {
        ObjectNode score = score(slug, benchmark, source, result);
        for (JsonNode node : scores) {
            if (slug.equals(node.path("model").asString()) && benchmark.equals(node.path("benchmark").asString())
                    && source.equals(node.path("source").asString())
                    && Nodes.same(node.get("setting"), score.get("setting"))) {
                ObjectNode existing = (ObjectNode) node;
                touched.add(existing);
                if (Nodes.same(existing, score)) {
                    report.add(Kind.UNCHANGED, slug, entry.id(), "score " + what, null);
                }
                else {
                    existing.removeAll();
                    existing.setAll(score);
                    report.add(Kind.CHANGED, slug, entry.id(), "score " + what, CatalogueFiles.plain(result.value()));
                }
                return;
            }
        }
        String curated = null;
        for (JsonNode node : scores) {
            if (slug.equals(node.path("model").asString()) && benchmark.equals(node.path("benchmark").asString())
                    && !"catalogue".equals(node.path("origin").asString()) && node.path("system").isNull()
                    && node.path("value").isNumber()) {
                BigDecimal value = node.path("value").decimalValue();
                if (value.subtract(result.value()).abs().compareTo(SAME_SCORE) <= 0) {
                    report.add(Kind.UNCHANGED, slug, entry.id(), "score " + what,
                            "the curated score " + CatalogueFiles.plain(value) + " agrees");
                    return;
                }
                curated = "differs from the curated " + CatalogueFiles.plain(value) + " ("
                        + node.path("shots").asString("shots not stated") + ")";
            }
        }
        scores.add(score);
        touched.add(score);
        if (curated != null) {
            report.add(Kind.CONFLICTING, slug, entry.id(), "score " + what,
                    CatalogueFiles.plain(result.value()) + ", " + curated);
        }
        else {
            report.add(Kind.ADDED, slug, entry.id(), "score " + what, CatalogueFiles.plain(result.value()));
        }
    }

    /**
     * Removes this catalogue's scores that no mapped entry gave in this run: an entry since unmapped
     * (a later version that was mapped by mistake) or a result the snapshot no longer has.
     */
    void sweep(ArrayNode scores) {
        String prefix = catalogue.id() + ".";
        for (int i = scores.size() - 1; i >= 0; i--) {
            JsonNode node = scores.get(i);
            if (node.path("source").asString().startsWith(prefix) && !touched.contains(node)) {
                report.add(Kind.REMOVED, node.path("model").asString(), node.path("source").asString(),
                        "score " + node.path("benchmark").asString() + " (" + node.path("setting").asString("") + ")",
                        CatalogueFiles.plain(node.path("value").decimalValue()));
                scores.remove(i);
            }
        }
    }

    private ObjectNode score(String slug, String benchmark, String source, BenchmarkResult result) {
        Run run = result.run();
        ObjectNode score = Nodes.object();
        score.put("model", slug);
        score.put("benchmark", benchmark);
        score.set("value", Nodes.decimal(result.value()));
        score.putNull("valueText");
        score.set("shots", Nodes.text(shots(result.method())));
        score.set("setting", Nodes.text(result.method()));
        score.put("reportedBy", result.selfReported() ? "vendor" : "third-party");
        score.put("selfReported", result.selfReported());
        score.put("source", source);
        score.put("quote", result.quote());
        score.put("confidence", run == null ? "medium" : "high");
        score.put("origin", "catalogue");
        score.put("unverified", false);
        score.put("note", run == null ? catalogueNote(result) : boardNote(result, run));
        score.putNull("system");
        score.putNull("check");
        if (run == null) {
            score.putNull("run");
        }
        else {
            ObjectNode by = score.putObject("run");
            by.put("by", run.by());
            by.set("url", Nodes.text(PlaceholderHosts.isPlaceholder(run.upstreamUrl()) ? null : run.upstreamUrl()));
            by.set("date", Nodes.text(result.dateRecorded()));
            by.set("uncertainty", Nodes.text(run.uncertainty()));
            if (run.votes() == null) {
                by.putNull("votes");
            }
            else {
                by.put("votes", run.votes());
            }
        }
        return score;
    }

    private String catalogueNote(BenchmarkResult result) {
        String link = PlaceholderHosts.isPlaceholder(result.sourceLink()) ? null : result.sourceLink();
        return snapshotNote + ": " + CatalogueFiles.plain(result.value().movePointLeft(2)) + " as a fraction of 1"
                + (result.dateRecorded() == null ? "" : ", recorded " + result.dateRecorded())
                + (link == null ? "" : "; LLMStats cites " + link) + ".";
    }

    private String boardNote(BenchmarkResult result, Run run) {
        return snapshotNote + ", " + run.file() + (run.line() == null ? "" : " line " + run.line())
                + (run.upstreamName() == null ? "" : "; compiled from " + run.upstreamName()) + "."
                + (run.note() == null ? "" : " " + run.note());
    }

    /** "0-shot CoT" → "0-shot", "zero-shot" → "0-shot"; null when the setting names no shots. */
    static String shots(String method) {
        if (method == null) {
            return null;
        }
        String lower = method.toLowerCase(Locale.ROOT);
        if (lower.contains("zero-shot") || lower.contains("zero shot")) {
            return "0-shot";
        }
        Matcher matcher = SHOTS.matcher(lower);
        return matcher.find() ? matcher.group(1) + "-shot" : null;
    }
}
