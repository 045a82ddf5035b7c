package com.llmcompare.importer;

import com.llmcompare.core.model.Slug;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code data/import/mapping.json}: which catalogue entries are which of our models, written by hand.
 * Identity is never guessed: an entry that is not listed is counted as unmapped. For each model,
 * the first entry listed for a catalogue supplies its facts; every listed entry supplies prices and
 * scores. It also names the providers in scope (and how a price's provider is shown), and maps
 * LLMStats' benchmark and licence names to ours.
 */
public final class Mapping {

    static final String FILE = "import/mapping.json";


    /** What a new model's file needs that no catalogue can be trusted to say. */
    public record NewModel(String name, String family, String vendor, String license, String architecture,
            String summary) {
    }

    /** One of our models and the catalogue entries that describe it. */
    public record ModelMapping(String slug, NewModel newModel, Map<Catalogue, List<String>> entries) {

        boolean suppliesFacts(Catalogue catalogue, String entryId) {
            List<String> ids = entries.getOrDefault(catalogue, List.of());
            return !ids.isEmpty() && ids.get(0).equals(entryId);
        }
    }

    private final Map<Catalogue, Map<String, String>> providers;

    private final List<ModelMapping> models;

    private final Map<Catalogue, Map<String, ModelMapping>> byEntry;

    private final Map<Catalogue, Map<String, String>> benchmarks;

    private final Map<String, String> licenses;

    private Mapping(Map<Catalogue, Map<String, String>> providers, List<ModelMapping> models,
            Map<Catalogue, Map<String, String>> benchmarks, Map<String, String> licenses) {
        this.providers = providers;
        this.models = models;
        this.benchmarks = benchmarks;
        this.licenses = licenses;
        this.byEntry = new EnumMap<>(Catalogue.class);
        for (ModelMapping model : models) {
            model.entries()
                .forEach((catalogue, ids) -> ids
                    .forEach(id -> byEntry.computeIfAbsent(catalogue, c -> new HashMap<>()).put(id, model)));
        }
    }

    /** The provider folders (or files, or organisations) in scope, read from the catalogue. */
    public Set<String> providers(Catalogue catalogue) {
        return providers.getOrDefault(catalogue, Map.of()).keySet();
    }

    /** How prices from this provider name it ("Together AI"). */
    public String providerName(Catalogue catalogue, String provider) {
        return providers.getOrDefault(catalogue, Map.of()).getOrDefault(provider, provider);
    }

    public Optional<ModelMapping> model(Catalogue catalogue, String entryId) {
        return Optional.ofNullable(byEntry.getOrDefault(catalogue, Map.of()).get(entryId));
    }

    public List<ModelMapping> models() {
        return models;
    }

    /** A board's files (or domains) in scope: those the mapping maps to a benchmark. */
    public Set<String> datasets(Catalogue catalogue) {
        return benchmarks.getOrDefault(catalogue, Map.of()).keySet();
    }

    /** Our benchmark slug for a catalogue's dataset name (LLMStats) or a board's file ("gpqa_diamond"). */
    public Optional<String> benchmark(Catalogue catalogue, String dataset) {
        return Optional.ofNullable(benchmarks.getOrDefault(catalogue, Map.of()).get(dataset));
    }

    /**
     * Our licence slug for a licence name as LLMStats writes it, or "proprietary" for a vendor's own
     * terms (each vendor has its own proprietary-… licence).
     */
    public Optional<String> license(String name) {
        return Optional.ofNullable(licenses.get(name));
    }

    static Mapping read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new CatalogueException(FILE, null, null, "missing: the importer maps only what this file lists");
        }
        JsonNode root;
        try {
            root = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().readTree(
                    Files.readString(file));
        }
        catch (JacksonException | IOException ex) {
            throw new CatalogueException(FILE, null, null, "not valid JSON: " + ex.getMessage());
        }
        fields(root, null, "", Set.of("note", "catalogues", "models"));
        JsonNode catalogues = object(root.get("catalogues"), null, "catalogues");
        Map<Catalogue, Map<String, String>> providers = new EnumMap<>(Catalogue.class);
        Map<Catalogue, Map<String, String>> benchmarks = new EnumMap<>(Catalogue.class);
        Map<String, String> licenses = new TreeMap<>();
        for (String name : catalogues.propertyNames()) {
            Catalogue catalogue = Catalogue.fromId(name)
                .orElseThrow(() -> new CatalogueException(FILE, name, "catalogues." + name, "unknown catalogue"));
            JsonNode scope = catalogues.get(name);
            fields(scope, name, "catalogues." + name + ".", Set.of("providers", "benchmarks", "licenses"));
            if (!catalogue.isBoard() || scope.has("providers")) {
                providers.put(catalogue, strings(scope.get("providers"), name, "catalogues." + name + ".providers"));
            }
            if (scope.has("benchmarks")) {
                benchmarks.put(catalogue, strings(scope.get("benchmarks"), name, "catalogues." + name + ".benchmarks"));
            }
            if (scope.has("licenses")) {
                licenses.putAll(strings(scope.get("licenses"), name, "catalogues." + name + ".licenses"));
            }
        }
        JsonNode list = root.get("models");
        if (list == null || !list.isArray()) {
            throw new CatalogueException(FILE, null, "models", "must be a list of models");
        }
        List<ModelMapping> models = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ModelMapping model = model(list.get(i), i, providers);
            if (!slugs.add(model.slug())) {
                throw new CatalogueException(FILE, model.slug(), "models[" + i + "].slug", "duplicate slug");
            }
            model.entries().forEach((catalogue, ids) -> ids.forEach(id -> {
                String previous = seen.put(catalogue.id() + " " + id, model.slug());
                if (previous != null) {
                    throw new CatalogueException(FILE, model.slug(), catalogue.id(),
                            "entry '" + id + "' is already mapped to '" + previous + "': one entry, one model");
                }
            }));
            models.add(model);
        }
        return new Mapping(providers, List.copyOf(models), benchmarks, licenses);
    }

    private static ModelMapping model(JsonNode node, int index, Map<Catalogue, Map<String, String>> providers) {
        String at = "models[" + index + "]";
        Set<String> allowed = new HashSet<>(Set.of("slug", "new", "note"));
        for (Catalogue catalogue : Catalogue.values()) {
            allowed.add(catalogue.id());
        }
        fields(node, "#" + (index + 1), at + ".", allowed);
        String slug = text(node.get("slug"), "#" + (index + 1), at + ".slug");
        if (!Slug.isValid(slug)) {
            throw new CatalogueException(FILE, slug, at + ".slug", "must be lowercase with hyphens (was " + slug + ")");
        }
        NewModel newModel = null;
        if (node.has("new")) {
            JsonNode n = node.get("new");
            fields(n, slug, at + ".new.", Set.of("name", "family", "vendor", "license", "architecture", "summary"));
            newModel = new NewModel(text(n.get("name"), slug, at + ".new.name"), optional(n.get("family")),
                    text(n.get("vendor"), slug, at + ".new.vendor"), text(n.get("license"), slug, at + ".new.license"),
                    optional(n.get("architecture")), optional(n.get("summary")));
        }
        Map<Catalogue, List<String>> entries = new EnumMap<>(Catalogue.class);
        for (Catalogue catalogue : Catalogue.values()) {
            JsonNode ids = node.get(catalogue.id());
            if (ids == null) {
                continue;
            }
            if (!ids.isArray() || ids.isEmpty()) {
                throw new CatalogueException(FILE, slug, at + "." + catalogue.id(), "must be a list of entry ids");
            }
            List<String> list = new ArrayList<>();
            for (int j = 0; j < ids.size(); j++) {
                String field = at + "." + catalogue.id() + "[" + j + "]";
                String id = text(ids.get(j), slug, field);
                String provider = id.contains("/") ? id.substring(0, id.indexOf('/')) : "";
                if (!catalogue.isBoard() && !providers.getOrDefault(catalogue, Map.of()).containsKey(provider)) {
                    throw new CatalogueException(FILE, slug, field, "'" + id + "' is not in a provider in scope for "
                            + catalogue.id() + " (" + providers.getOrDefault(catalogue, Map.of()).keySet() + ")");
                }
                list.add(id);
            }
            entries.put(catalogue, List.copyOf(list));
        }
        return new ModelMapping(slug, newModel, entries);
    }

    private static Map<String, String> strings(JsonNode node, String entry, String field) {
        JsonNode object = object(node, entry, field);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : object.propertyNames()) {
            values.put(key, text(object.get(key), entry, field + "." + key));
        }
        return values;
    }

    private static JsonNode object(JsonNode node, String entry, String field) {
        if (node == null || !node.isObject()) {
            throw new CatalogueException(FILE, entry, field, "must be an object");
        }
        return node;
    }

    private static void fields(JsonNode node, String entry, String prefix, Set<String> allowed) {
        object(node, entry, prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1));
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new CatalogueException(FILE, entry, prefix + name, "unknown field: allowed are " + allowed);
            }
        }
    }

    private static String text(JsonNode node, String entry, String field) {
        if (node == null || !node.isString() || node.stringValue().isBlank()) {
            throw new CatalogueException(FILE, entry, field, "must be a non-empty string");
        }
        return node.stringValue();
    }

    private static String optional(JsonNode node) {
        return node == null || node.isNull() ? null : node.stringValue();
    }
}
