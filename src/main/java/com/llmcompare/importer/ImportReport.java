package com.llmcompare.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an import did or would do, value by value: added (a value, or a catalogue's claim backing
 * one, new to {@code data/}), changed (a value this catalogue entry gave before, now different),
 * unchanged, conflicting (disagrees with the value shown: kept beside it as a claim, never
 * overwriting it), skipped (with the reason) — and the entries in scope that no mapping names.
 */
public final class ImportReport {

    public enum Kind {
        ADDED, CHANGED, UNCHANGED, CONFLICTING, SKIPPED, REMOVED
    }

    /** One value's outcome: which model, from which entry, what, and why. */
    public record Line(Kind kind, String model, String entry, String what, String detail) {
    }

    private final Catalogue catalogue;

    private final Snapshot snapshot;

    private final List<Line> lines = new ArrayList<>();

    private final Map<String, List<String>> unmapped = new TreeMap<>();

    private final List<String> newModels = new ArrayList<>();

    private int sourcesAdded;

    private int sourcesUpdated;

    private int entriesRead;

    ImportReport(Catalogue catalogue, Snapshot snapshot) {
        this.catalogue = catalogue;
        this.snapshot = snapshot;
    }

    void add(Kind kind, String model, String entry, String what, String detail) {
        lines.add(new Line(kind, model, entry, what, detail));
    }

    void unmapped(String provider, String entry) {
        unmapped.computeIfAbsent(provider, p -> new ArrayList<>()).add(entry);
    }

    void newModel(String slug) {
        newModels.add(slug);
    }

    void sources(int added, int updated) {
        sourcesAdded = added;
        sourcesUpdated = updated;
    }

    void entriesRead(int count) {
        entriesRead = count;
    }

    public int count(Kind kind) {
        return (int) lines.stream().filter(line -> line.kind() == kind).count();
    }

    public int unmappedCount() {
        return unmapped.values().stream().mapToInt(List::size).sum();
    }

    public int entriesRead() {
        return entriesRead;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<String> newModels() {
        return List.copyOf(newModels);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** The counts on one line, as the first thing the report prints. */
    public String summary() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, count(kind));
        }
        return counts.entrySet()
            .stream()
            .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ")) + ", " + unmappedCount() + " unmapped";
    }

    /** The report as printed: counts first, then conflicts, skips, new models and unmapped entries. */
    public String render(boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(catalogue.displayName()).append(" snapshot ").append(snapshot.shortCommit()).append(" (")
            .append(snapshot.date()).append(") of ").append(snapshot.repository()).append(": ").append(entriesRead)
            .append(" entries read in scope\n");
        out.append(summary()).append('\n');
        out.append("models added: ").append(newModels.size())
            .append(newModels.isEmpty() ? "" : " (" + String.join(", ", newModels) + ")").append('\n');
        out.append("sources: ").append(sourcesAdded).append(" added, ").append(sourcesUpdated).append(" updated\n");
        section(out, "Conflicting (kept as claims beside the value shown)", Kind.CONFLICTING, true);
        section(out, "Removed (no mapped entry of this snapshot gives them any more)", Kind.REMOVED, true);
        if (verbose) {
            section(out, "Skipped", Kind.SKIPPED, true);
        }
        else {
            skippedByReason(out);
        }
        if (verbose) {
            section(out, "Added", Kind.ADDED, true);
            section(out, "Changed", Kind.CHANGED, true);
        }
        else {
            section(out, "Changed", Kind.CHANGED, true);
        }
        out.append("\nUnmapped entries per provider (not imported; map them in data/").append(Mapping.FILE)
            .append(" to import them):\n");
        unmapped.forEach((provider, ids) -> {
            out.append("  ").append(provider).append(": ").append(ids.size());
            if (verbose) {
                out.append(" — ").append(String.join(", ", ids));
            }
            out.append('\n');
        });
        return out.toString();
    }

    /** Skips grouped by reason, with a few examples each: the full list is in --verbose. */
    private void skippedByReason(StringBuilder out) {
        Map<String, List<Line>> byReason = lines.stream()
            .filter(line -> line.kind() == Kind.SKIPPED)
            .collect(Collectors.groupingBy(line -> reason(line.detail()), TreeMap::new, Collectors.toList()));
        if (byReason.isEmpty()) {
            return;
        }
        out.append("\nSkipped (").append(count(Kind.SKIPPED)).append(", by reason; --verbose lists each):\n");
        byReason.forEach((reason, selected) -> {
            List<String> examples = selected.stream().map(line -> line.model() + " " + line.what()).distinct().limit(4)
                .toList();
            out.append("  ").append(selected.size()).append(" × ").append(reason).append(" (e.g. ")
                .append(String.join("; ", examples)).append(selected.size() > examples.size() ? "; …" : "")
                .append(")\n");
        });
    }

    /** The reason without the value it was about ("2023-11: the capabilities …" → "the capabilities …"). */
    private static String reason(String detail) {
        if (detail == null) {
            return "no reason given";
        }
        int colon = detail.indexOf(": ");
        boolean value = colon > 0 && colon < 24 && detail.substring(0, colon).matches(".*\\d.*");
        return value ? detail.substring(colon + 2) : detail;
    }

    private void section(StringBuilder out, String title, Kind kind, boolean details) {
        List<Line> selected = lines.stream().filter(line -> line.kind() == kind).toList();
        if (selected.isEmpty() || !details) {
            return;
        }
        out.append('\n').append(title).append(" (").append(selected.size()).append("):\n");
        for (Line line : selected) {
            out.append("  ").append(line.model() == null ? "-" : line.model()).append(" ← ").append(line.entry())
                .append(": ").append(line.what());
            if (line.detail() != null) {
                out.append(" — ").append(line.detail());
            }
            out.append('\n');
        }
    }
}
