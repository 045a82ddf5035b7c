package com.llmcompare.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.llmcompare.core.model.Slug;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code data/import/osai-index.json}: which entries of the European Open Source AI Index are which of
 * our models, written by hand. Nothing is matched by name. Under {@code entries}, an index entry (its
 * file name without {@code .yaml}) lists our models: the first is the model the index rates (its end
 * model), any others are members of the family the index rates at that model, and {@code note} says
 * why they share its audit. {@code notMapped} records index entries looked at and deliberately not
 * mapped, with the reason (BLOOMZ is not BLOOM).
 */
final class OsaiIndexMapping {

    static final String FILE = "import/osai-index.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();

    /** One index entry and the models that take its audit. */
    record EntryMapping(String entry, List<String> models, String note) {
    }

    private final List<EntryMapping> entries;

    private final Map<String, String> notMapped;

    private OsaiIndexMapping(List<EntryMapping> entries, Map<String, String> notMapped) {
        this.entries = entries;
        this.notMapped = notMapped;
    }

    List<EntryMapping> entries() {
        return entries;
    }

    Map<String, String> notMapped() {
        return notMapped;
    }

    static OsaiIndexMapping read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        }
        catch (IOException | JacksonException ex) {
            throw new CatalogueException("data/" + FILE, null, null, "cannot be read: " + ex.getMessage());
        }
        fields(root, null, "", Set.of("note", "entries", "notMapped"));
        JsonNode entries = root.path("entries");
        if (!entries.isObject()) {
            throw new CatalogueException("data/" + FILE, null, "entries", "must be an object: index entry → models");
        }
        List<EntryMapping> list = new ArrayList<>();
        Map<String, String> modelToEntry = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : entries.properties()) {
            String entry = e.getKey();
            String at = "entries." + entry;
            fields(e.getValue(), entry, at + ".", Set.of("models", "note"));
            JsonNode models = e.getValue().path("models");
            if (!models.isArray() || models.isEmpty()) {
                throw new CatalogueException("data/" + FILE, entry, at + ".models", "must be a list of model slugs");
            }
            List<String> slugs = new ArrayList<>();
            for (int i = 0; i < models.size(); i++) {
                String field = at + ".models[" + i + "]";
                if (!models.get(i).isString() || !Slug.isValid(models.get(i).asString())) {
                    throw new CatalogueException("data/" + FILE, entry, field,
                            "must be a model slug, lowercase with hyphens (was " + models.get(i) + ")");
                }
                String slug = models.get(i).asString();
                String earlier = modelToEntry.putIfAbsent(slug, entry);
                if (earlier != null) {
                    throw new CatalogueException("data/" + FILE, entry, field,
                            "'" + slug + "' is already mapped to index entry '" + earlier + "': one audit per model");
                }
                slugs.add(slug);
            }
            JsonNode note = e.getValue().get("note");
            if (slugs.size() > 1 && (note == null || !note.isString() || note.asString().isBlank())) {
                throw new CatalogueException("data/" + FILE, entry, at + ".note",
                        "say why the family members after the first share the index's audit of it");
            }
            list.add(new EntryMapping(entry, List.copyOf(slugs), note == null ? null : note.asString()));
        }
        Map<String, String> notMapped = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("notMapped").properties()) {
            if (!e.getValue().isString() || e.getValue().asString().isBlank()) {
                throw new CatalogueException("data/" + FILE, e.getKey(), "notMapped." + e.getKey(),
                        "must say why the entry is not one of our models");
            }
            if (entries.has(e.getKey())) {
                throw new CatalogueException("data/" + FILE, e.getKey(), "notMapped." + e.getKey(),
                        "is also mapped under entries");
            }
            notMapped.put(e.getKey(), e.getValue().asString());
        }
        return new OsaiIndexMapping(List.copyOf(list), notMapped);
    }

    private static void fields(JsonNode node, String entry, String prefix, Set<String> allowed) {
        if (!node.isObject()) {
            throw new CatalogueException("data/" + FILE, entry, prefix.isEmpty() ? null : prefix.replaceAll("\\.$", ""),
                    "must be a JSON object");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new CatalogueException("data/" + FILE, entry, prefix + name,
                        "unknown field (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }
}
