package com.llmcompare.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.llmcompare.importer.ImportReport.Kind;
import com.llmcompare.importer.ImportReport.Line;

/**
 * A fetch's report as Markdown, for a pull request's description: per catalogue its outcome, then what changed
 * per model — new models, price changes (the old price and the new, with their dates), lifecycle changes, new
 * scores, new conflicts, removed values and the rest — each line naming the catalogue entry it came from.
 */
final class RefreshReport {

    private RefreshReport() {
    }

    static String markdown(FetchImport.Result result, LocalDate today) {
        StringBuilder out = new StringBuilder("# Data refresh, ").append(today).append("\n\n");
        out.append("| Catalogue | Outcome | Details |\n| --- | --- | --- |\n");
        for (FetchImport.Outcome outcome : result.outcomes()) {
            out.append("| ").append(outcome.catalogue().displayName()).append(" | ").append(status(outcome)).append(" | ")
                .append(cell(outcome.message())).append(" |\n");
        }
        out.append('\n');
        if (result.changedFiles().isEmpty()) {
            out.append("Nothing changes in `data/`.\n");
        }
        else {
            out.append(result.written() ? "Written: " : "Would change: ")
                .append(result.changedFiles().stream().map(f -> "`data/" + f + "`").collect(Collectors.joining(", ")))
                .append("\n");
        }
        if (result.anyFailed()) {
            out.append("\nA catalogue failed: nothing of it is imported").append(result.written()
                    ? "; the others were written (--allow-partial).\n" : ", and nothing was written.\n");
        }
        for (FetchImport.Outcome outcome : result.outcomes()) {
            if (outcome.result() != null) {
                catalogue(out, outcome.result().report());
            }
        }
        return out.toString();
    }

    private static void catalogue(StringBuilder out, ImportReport report) {
        out.append("\n## ").append(report.catalogue().displayName()).append(" at ")
            .append(report.snapshot().shortCommit()).append(" (").append(report.snapshot().date()).append(")\n\n")
            .append(report.summary()).append(".\n");
        List<Line> lines = report.lines();
        if (!report.newModels().isEmpty()) {
            out.append("\n### New models\n\n");
            lines.stream().filter(l -> l.kind() == Kind.ADDED && l.what().equals("model"))
                .forEach(l -> out.append("- `").append(l.model()).append("` ").append(l.detail()).append(" (entry `")
                    .append(l.entry()).append("`)\n"));
        }
        section(out, "Price changes", lines, l -> l.what().startsWith("price ")
                && (l.kind() == Kind.CHANGED || (l.kind() == Kind.ADDED && !report.newModels().contains(l.model()))));
        section(out, "Lifecycle changes", lines, l -> l.what().contains("lifecycle") && l.kind() != Kind.UNCHANGED
                && l.kind() != Kind.SKIPPED);
        section(out, "New scores", lines, l -> l.kind() == Kind.ADDED && l.what().startsWith("score"));
        section(out, "New conflicts (kept beside the value shown)", lines, l -> l.kind() == Kind.CONFLICTING);
        section(out, "Removed (no entry of this snapshot gives them any more)", lines, l -> l.kind() == Kind.REMOVED);
        section(out, "Other changes", lines, l -> l.kind() == Kind.CHANGED && !l.what().startsWith("price ")
                && !l.what().contains("lifecycle"));
    }

    /** One heading, then the lines by model: "- `slug`: what — detail (entry `id`)". */
    private static void section(StringBuilder out, String title, List<Line> lines, Predicate<Line> which) {
        Map<String, List<Line>> byModel = lines.stream().filter(which)
            .collect(Collectors.groupingBy(Line::model, TreeMap::new, Collectors.toList()));
        if (byModel.isEmpty()) {
            return;
        }
        out.append("\n### ").append(title).append("\n\n");
        byModel.forEach((model, selected) -> selected.forEach(l -> out.append("- `").append(model).append("`: ")
            .append(l.what()).append(l.detail() == null ? "" : " — " + l.detail()).append(" (entry `")
            .append(l.entry()).append("`)\n")));
    }

    private static String status(FetchImport.Outcome outcome) {
        return switch (outcome.status()) {
            case IMPORTED -> "imported";
            case NOT_MODIFIED -> "not modified";
            case FAILED -> "**failed**";
        };
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
