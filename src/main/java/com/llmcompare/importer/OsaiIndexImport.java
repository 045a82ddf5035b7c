package com.llmcompare.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import jakarta.validation.Validator;

/**
 * {@code import --catalogue=osai-index --path=../shared/data/osai-index}: writes the European Open Source
 * AI Index's audit of every model {@code data/import/osai-index.json} maps into {@code data/openness/}
 * (criteria {@code osai-index}, the 12 criteria with the index's class, notes and evidence link), and one
 * source per index entry into {@code sources.json}. Only the mapped entries are read, strictly: an unknown
 * field, a class other than open, partial, closed or empty, or a missing criterion stops the import with
 * the file, the entry and the field named. The result is checked with the loader's own reader and
 * validator before anything is written; a second run on the same snapshot changes nothing.
 */
final class OsaiIndexImport {

    static final String ID = "osai-index";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final YAMLMapper yaml = CatalogueFiles.strict(
            YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(CatalogueFiles.limits()).build()));

    private final Validator validator;

    OsaiIndexImport(Validator validator) {
        this.validator = validator;
    }

    /** The report's text, and the files (by path in {@code data/}) written or that would be. */
    record Result(String report, List<String> changedFiles, boolean written) {
    }

    Result run(Path indexDir, Path dataDir, boolean write, boolean verbose) {
        if (!Files.isDirectory(indexDir)) {
            throw new CatalogueException(indexDir.toString(), null, null, "the index folder does not exist");
        }
        if (!Files.isDirectory(dataDir)) {
            throw new CatalogueException(dataDir.toString(), null, null, "the data folder does not exist");
        }
        Snapshot snapshot = snapshot(indexDir);
        OsaiIndexMapping mapping = OsaiIndexMapping.read(dataDir);
        Map<String, String> originals = new TreeMap<>();
        Map<String, String> files = new TreeMap<>();
        ArrayNode sources = (ArrayNode) readJson(dataDir, "sources.json", originals);
        StringBuilder report = new StringBuilder();
        report.append("European Open Source AI Index, ").append(snapshot.repository()).append(" at ")
            .append(snapshot.shortCommit()).append(" (").append(snapshot.date()).append(")\n");
        int audits = 0;
        int changedAudits = 0;
        for (OsaiIndexMapping.EntryMapping mapped : mapping.entries()) {
            String path = "models/" + mapped.entry() + ".yaml";
            Path file = indexDir.resolve(path);
            if (!Files.isRegularFile(file)) {
                throw new CatalogueException("data/" + OsaiIndexMapping.FILE, mapped.entry(),
                        "entries." + mapped.entry(), "the index has no entry " + path);
            }
            OsaiIndexEntry entry = CatalogueFiles.read(yaml, indexDir, file, mapped.entry(), OsaiIndexEntry.class);
            String sourceId = sourceId(mapped.entry());
            upsertSource(sources, source(sourceId, mapped.entry(), path, entry, snapshot));
            for (int i = 0; i < mapped.models().size(); i++) {
                String slug = mapped.models().get(i);
                String name = "openness/" + slug + ".json";
                if (!Files.isRegularFile(dataDir.resolve("models").resolve(slug + ".json"))) {
                    throw new CatalogueException("data/" + OsaiIndexMapping.FILE, mapped.entry(),
                            "entries." + mapped.entry() + ".models[" + i + "]",
                            "'" + slug + "' is not a model of the data set (data/models/" + slug + ".json)");
                }
                if (Files.isRegularFile(dataDir.resolve(name))) {
                    readJson(dataDir, name, originals);
                }
                String text = PrettyJson.write(audit(slug, sourceId, path, entry, i == 0 ? null : mapped.note(),
                        snapshot));
                files.put(name, text);
                audits++;
                boolean changed = !text.equals(originals.get(name));
                changedAudits += changed ? 1 : 0;
                if (verbose || changed) {
                    report.append("  ").append(changed ? "audit  " : "same   ").append(slug).append(" ← ")
                        .append(mapped.entry()).append('\n');
                }
            }
        }
        files.put("sources.json", PrettyJson.write(sources));
        List<String> unmapped = unmappedEntries(indexDir, mapping);
        report.append(audits).append(" audits from ").append(mapping.entries().size()).append(" index entries (")
            .append(changedAudits).append(" new or changed); ").append(mapping.notMapped().size())
            .append(" entries looked at and not mapped (reasons in the mapping); ").append(unmapped.size())
            .append(" other entries not mapped").append(verbose ? ": " + String.join(", ", unmapped) : "")
            .append('\n');
        Map<String, String> changed = new TreeMap<>();
        files.forEach((name, text) -> {
            if (!text.equals(originals.get(name))) {
                changed.put(name, text);
            }
        });
        Path staged = Importer.stage(dataDir, changed);
        try {
            new Importer(validator).check(staged);
            if (write) {
                Importer.replace(dataDir, staged, changed);
            }
        }
        finally {
            Importer.delete(staged);
        }
        return new Result(report.toString(), List.copyOf(changed.keySet()), write && !changed.isEmpty());
    }

    /** "GPT-OSS" → "osai-index.gpt-oss"; "Olmo 3 RL-Zero Code" → "osai-index.olmo-3-rl-zero-code". */
    static String sourceId(String entry) {
        return ID + "." + entry.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", "");
    }

    private static ObjectNode source(String id, String entry, String path, OsaiIndexEntry e, Snapshot snapshot) {
        ObjectNode source = NODES.objectNode();
        source.put("id", id);
        source.put("kind", "catalogue");
        source.put("title", "European Open Source AI Index entry " + name(e, entry));
        source.put("publisher", "European Open Source AI Index, osai-index.eu (CC BY 4.0)");
        source.put("date", snapshot.date());
        source.put("url", "https://github.com/" + snapshot.repository() + "/tree/" + snapshot.commit());
        source.putNull("seedFile");
        source.put("note", path + " at commit " + snapshot.shortCommit() + " of " + snapshot.repository() + " ("
                + snapshot.date() + "), read by the importer. Data from the European Open Source AI Index, "
                + "osai-index.eu, CC BY 4.0, doi:10.5281/zenodo.15386042 (Liesenfeld & Dingemanse, FAccT 2024).");
        return source;
    }

    private static String name(OsaiIndexEntry e, String entry) {
        return e.system() == null || blank(e.system().name()) ? entry : e.system().name().trim();
    }

    private static void upsertSource(ArrayNode sources, ObjectNode source) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).path("id").asString().equals(source.get("id").asString())) {
                sources.set(i, source);
                return;
            }
        }
        sources.add(source);
    }

    private static ObjectNode audit(String slug, String sourceId, String path, OsaiIndexEntry e, String familyNote,
            Snapshot snapshot) {
        OsaiIndexEntry.System system = e.system();
        if (system == null) {
            throw new CatalogueException(path, null, "system", "missing: the index entry names its system");
        }
        String entry = name(e, path);
        ObjectNode audit = NODES.objectNode();
        audit.put("model", slug);
        audit.put("criteria", ID);
        audit.put("source", sourceId);
        StringBuilder basis = new StringBuilder("The European Open Source AI Index's entry \"" + entry + "\"");
        List<String> about = new ArrayList<>();
        if (!blank(system.endmodelname())) {
            about.add("end model " + system.endmodelname().trim());
        }
        if (!blank(system.basemodelname())) {
            about.add("base model " + system.basemodelname().trim());
        }
        if (!blank(system.endmodellicense())) {
            about.add("licence " + system.endmodellicense().trim());
        }
        if (system.releasedate() != null && !system.releasedate().isNull()) {
            about.add("released " + system.releasedate().asString());
        }
        if (!about.isEmpty()) {
            basis.append(" (").append(String.join(", ", about)).append(")");
        }
        basis.append(", snapshot ").append(snapshot.shortCommit()).append(" of ").append(snapshot.date())
            .append(". The index rates each family at its largest, latest model.");
        if (familyNote != null) {
            basis.append(' ').append(familyNote.trim());
        }
        audit.put("basis", basis.toString());
        ObjectNode features = audit.putObject("features");
        e.criteria().forEach((key, criterion) -> features.set(key, rating(path, entry, key, criterion, sourceId)));
        return audit;
    }

    private static ObjectNode rating(String path, String entry, String key, OsaiIndexEntry.Criterion criterion,
            String sourceId) {
        if (criterion == null) {
            throw new CatalogueException(path, entry, key, "missing: the index rates all 12 criteria");
        }
        String rating = criterion.rating() == null ? "" : criterion.rating().trim();
        String status = switch (rating) {
            case "open", "partial", "closed" -> rating;
            case "" -> "not-applicable";
            default -> throw new CatalogueException(path, entry, key + ".class",
                    "must be open, partial or closed, or empty for not applicable (was '" + rating + "')");
        };
        String notes = text(path, entry, key + ".notes", criterion.notes());
        String link = link(path, entry, key + ".link", criterion.link());
        ObjectNode node = NODES.objectNode();
        node.put("status", status);
        node.put("reason", notes != null ? notes : status.equals("not-applicable")
                ? "Left empty by the index: not applicable." : "Rated " + status + " by the index, without a note.");
        if (status.equals("not-applicable")) {
            node.putNull("source");
        }
        else {
            node.put("source", sourceId);
        }
        if (link != null) {
            node.put("link", link);
        }
        return node;
    }

    private static String text(String path, String entry, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new CatalogueException(path, entry, field, "must be text (was " + node.getNodeType() + ")");
        }
        String text = node.asString().trim().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    /** The evidence link: the URL, or the first of a list. */
    private static String link(String path, String entry, String field, JsonNode node) {
        JsonNode first = node != null && node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
        String text = text(path, entry, field, first);
        if (text == null) {
            return null;
        }
        Matcher url = URL.matcher(text);
        if (!url.matches()) {
            throw new CatalogueException(path, entry, field, "must be an http(s) URL (was '" + text + "')");
        }
        return text;
    }

    private static List<String> unmappedEntries(Path indexDir, OsaiIndexMapping mapping) {
        List<String> names = new ArrayList<>();
        for (Path file : CatalogueFiles.files(indexDir, indexDir.resolve("models"), ".yaml")) {
            String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            boolean known = mapping.entries().stream().anyMatch(m -> m.entry().equals(name))
                    || mapping.notMapped().containsKey(name);
            if (!known) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The index's {@code SNAPSHOT.txt}: "Repository: owner/name (…)" and "Commit: sha (ISO date, …)", or
     * the importer's usual "repository:", "commit:" and "commit date:" lines.
     */
    static Snapshot snapshot(Path folder) {
        Path file = folder.resolve(Snapshot.FILE);
        if (!Files.isRegularFile(file)) {
            throw new CatalogueException(Snapshot.FILE, null, null,
                    "missing in " + folder + ": it names the repository, commit and date of the snapshot");
        }
        String repository = null;
        String commit = null;
        String date = null;
        try {
            for (String line : Files.readAllLines(file)) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                Matcher m;
                if (key.equals("repository") && (m = Pattern.compile("^([\\w.-]+/[\\w.-]+)").matcher(value)).find()) {
                    repository = m.group(1);
                }
                else if (key.equals("commit")
                        && (m = Pattern.compile("^([0-9a-f]{40})(?:\\s*\\((\\d{4}-\\d{2}-\\d{2}))?").matcher(value))
                            .find()) {
                    commit = m.group(1);
                    date = date != null ? date : m.group(2);
                }
                else if (key.equals("commit date") && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    date = value;
                }
            }
        }
        catch (IOException ex) {
            throw new CatalogueException(Snapshot.FILE, null, null, "cannot be read: " + ex.getMessage());
        }
        if (repository == null || commit == null || date == null) {
            throw new CatalogueException(Snapshot.FILE, null, repository == null ? "repository"
                    : commit == null ? "commit" : "commit date",
                    "must name the repository (owner/name), the 40-hex commit and its date (YYYY-MM-DD)");
        }
        return new Snapshot(repository, commit, date);
    }

    private static JsonNode readJson(Path dataDir, String name, Map<String, String> originals) {
        try {
            String text = Files.readString(dataDir.resolve(name));
            originals.put(name, text);
            return JSON.readTree(text);
        }
        catch (IOException | JacksonException ex) {
            throw new CatalogueException("data/" + name, null, null, "cannot be read: " + ex.getMessage());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
