package com.llmcompare.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files of {@code data/} the importer merges into, as JSON trees that keep every curated
 * field and its order. Only files whose text changes are written back.
 */
final class DataFolder {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Map<String, String> originals = new LinkedHashMap<>();

    private final ArrayNode sources;

    private final ArrayNode prices;

    private final ArrayNode scores;

    private final Map<String, ObjectNode> models = new TreeMap<>();

    private final Set<String> vendors;

    private final Set<String> licenses;

    private final Map<String, String> benchmarks;

    private DataFolder(Path dir) {
        sources = array(dir, "sources.json");
        prices = array(dir, "prices.json");
        scores = array(dir, "scores.json");
        vendors = slugs(array(dir, "vendors.json"));
        licenses = slugs(array(dir, "licenses.json"));
        benchmarks = new java.util.HashMap<>();
        array(dir, "benchmarks.json").forEach(b -> benchmarks.put(b.path("slug").asString(), b.path("name").asString()));
        try (Stream<Path> files = Files.list(dir.resolve("models"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = "models/" + file.getFileName();
                JsonNode model = parse(dir, name);
                if (!model.isObject()) {
                    throw new CatalogueException("data/" + name, null, null, "must be a JSON object");
                }
                models.put(file.getFileName().toString().replaceFirst("\\.json$", ""), (ObjectNode) model);
            }
        }
        catch (IOException ex) {
            throw new CatalogueException("data/models/", null, null, "cannot be read: " + ex.getMessage());
        }
    }

    static DataFolder read(Path dir) {
        return new DataFolder(dir);
    }

    ArrayNode sources() {
        return sources;
    }

    ArrayNode prices() {
        return prices;
    }

    ArrayNode scores() {
        return scores;
    }

    ObjectNode model(String slug) {
        return models.get(slug);
    }

    /** The slugs of every model in the data set, in order. */
    java.util.Set<String> modelSlugs() {
        return models.keySet();
    }

    void addModel(String slug, ObjectNode model) {
        models.put(slug, model);
    }

    boolean hasVendor(String slug) {
        return vendors.contains(slug);
    }

    boolean hasLicense(String slug) {
        return licenses.contains(slug);
    }

    boolean hasBenchmark(String slug) {
        return benchmarks.containsKey(slug);
    }

    /** The benchmark's name ("GPQA Diamond"), which says which variant it is. */
    String benchmarkName(String slug) {
        return benchmarks.get(slug);
    }

    /** Every source id a model, price or score refers to (fields "source" and "sources"). */
    Set<String> referencedSources() {
        Set<String> ids = new java.util.HashSet<>();
        models.values().forEach(model -> collectSources(model, ids));
        collectSources(prices, ids);
        collectSources(scores, ids);
        return ids;
    }

    private static void collectSources(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("source") && field.getValue().isString()) {
                    ids.add(field.getValue().stringValue());
                }
                else if (field.getKey().equals("sources") && field.getValue().isArray()) {
                    field.getValue().forEach(id -> ids.add(id.asString()));
                }
                else {
                    collectSources(field.getValue(), ids);
                }
            });
        }
        else if (node.isArray()) {
            node.forEach(child -> collectSources(child, ids));
        }
    }

    /** The files whose text the merge changed (or created), by their path in {@code data/}. */
    Map<String, String> changedFiles() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("sources.json", PrettyJson.write(sources));
        all.put("prices.json", PrettyJson.write(prices));
        all.put("scores.json", PrettyJson.write(scores));
        models.forEach((slug, model) -> all.put("models/" + slug + ".json", PrettyJson.write(model)));
        return all.entrySet()
            .stream()
            .filter(e -> !e.getValue().equals(originals.get(e.getKey())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private ArrayNode array(Path dir, String name) {
        JsonNode node = parse(dir, name);
        if (!node.isArray()) {
            throw new CatalogueException("data/" + name, null, null, "must be a JSON list");
        }
        return (ArrayNode) node;
    }

    private JsonNode parse(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            String text = Files.readString(file);
            originals.put(name, text);
            return MAPPER.readTree(text);
        }
        catch (IOException | JacksonException ex) {
            throw new CatalogueException("data/" + name, null, null, "cannot be read: " + ex.getMessage());
        }
    }

    private static Set<String> slugs(ArrayNode entries) {
        return entries.valueStream().map(entry -> entry.path("slug").asString()).collect(Collectors.toSet());
    }
}
