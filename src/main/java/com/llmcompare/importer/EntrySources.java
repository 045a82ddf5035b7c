package com.llmcompare.importer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One source per catalogue entry a value came from, in {@code sources.json}: it names the
 * catalogue, its licence, the snapshot's commit and date, and links to the entry's file at that
 * commit. Sources are added only for entries that something cites.
 */
final class EntrySources {

    private final Catalogue catalogue;

    private final Snapshot snapshot;

    private final Map<String, CatalogueEntry> cited = new LinkedHashMap<>();

    private final Map<String, String> entryBySource = new HashMap<>();

    EntrySources(Catalogue catalogue, Snapshot snapshot) {
        this.catalogue = catalogue;
        this.snapshot = snapshot;
    }

    /** The source id for a value from this entry; the source is written by {@link #apply}. */
    String cite(CatalogueEntry entry) {
        String id = catalogue.sourceId(entry.id());
        String previous = entryBySource.putIfAbsent(id, entry.id());
        if (previous != null && !previous.equals(entry.id())) {
            throw new CatalogueException(entry.path(), entry.id(), "id", "its source id '" + id
                    + "' is the same as that of entry '" + previous + "' (ids differ only in case or punctuation)");
        }
        cited.putIfAbsent(id, entry);
        return id;
    }

    /**
     * The source id for a row of a score board: one source per board file (its URL the file at the
     * snapshot's commit; the row's line is in the score's note), as a board's entry spans its files.
     */
    String citeFile(String file) {
        String[] parts = file.replaceFirst("\\.[a-z]+$", "").split("/");
        // A board that keeps one file per submission (…/<submission>/submission.json) names it by its folder.
        String stem = parts.length > 1 && "submission".equals(parts[parts.length - 1]) ? parts[parts.length - 2]
                : parts[parts.length - 1];
        CatalogueEntry asEntry = new CatalogueEntry(stem, "", file, CatalogueEntry.Facts.none(), List.of(),
                List.of(), List.of());
        return cite(asEntry);
    }

    /** "models.dev snapshot f3fc692 (2026-07-02)": where a value was read, in its note. */
    String snapshotNote() {
        return catalogue.displayName() + " snapshot " + snapshot.shortCommit() + " (" + snapshot.date() + ")";
    }

    /**
     * Adds the sources of cited entries that some value in the data set now refers to, and updates
     * those that point to another snapshot.
     */
    int[] apply(ArrayNode sources, java.util.Set<String> referenced) {
        int added = 0;
        int updated = 0;
        Map<String, ObjectNode> existing = new HashMap<>();
        for (JsonNode source : sources) {
            existing.put(source.path("id").asString(), (ObjectNode) source);
        }
        for (Map.Entry<String, CatalogueEntry> entry : cited.entrySet()) {
            if (!referenced.contains(entry.getKey())) {
                continue;
            }
            ObjectNode wanted = source(entry.getKey(), entry.getValue());
            ObjectNode current = existing.get(entry.getKey());
            if (current == null) {
                sources.add(wanted);
                added++;
            }
            else if (!Nodes.same(current, wanted)) {
                current.removeAll();
                current.setAll(wanted);
                updated++;
            }
        }
        return new int[] { added, updated };
    }

    private ObjectNode source(String id, CatalogueEntry entry) {
        ObjectNode source = Nodes.object();
        source.put("id", id);
        source.put("kind", "catalogue");
        source.put("title", catalogue.displayName() + (catalogue.isBoard() ? " file " + entry.path()
                : " entry " + entry.id()));
        source.put("publisher", catalogue.displayName() + " (" + catalogue.licence() + ")");
        source.put("date", snapshot.date());
        source.put("url", snapshot.url(entry.path()));
        source.putNull("seedFile");
        source.put("note", entry.path() + " at commit " + snapshot.shortCommit() + " of " + snapshot.repository()
                + " (" + snapshot.date() + "), read by the importer. " + credit());
        return source;
    }

    private String credit() {
        return switch (catalogue) {
            case LLMSTATS -> "Data from LLMStats, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/);"
                    + " scores converted from fractions of 1 to percent.";
            case EPOCH -> "Epoch AI, 'AI Benchmarking Hub', https://epoch.ai/benchmarks (CC BY 4.0); rows compiled from"
                    + " other boards also credit the board each row names. Fractions of 1 converted to percent.";
            case TAU2_BENCH -> "τ²-bench, Sierra (https://taubench.com), MIT licence: Copyright (c) 2025 Sierra Research.";
            case AIDER -> "Aider (aider.chat) LLM leaderboards, Apache License 2.0.";
            case LMARENA -> "LMArena (https://lmarena.ai) text leaderboard, as exported by fboulnois/llm-leaderboard-csv"
                    + " (MPL-2.0).";
            default -> "Data from " + catalogue.displayName() + ", MIT licence.";
        };
    }
}
