package com.llmcompare.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.llmcompare.importer.ImportReport.Kind;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three importers over the full snapshots in {@code ../shared/data}: each completes and
 * reports its counts, and the committed data set is exactly what they produce (importing again
 * changes nothing). Skipped, saying so, where the snapshots are not there.
 */
class FullSnapshotImportTests {

    private static final Path SNAPSHOTS = Path.of("../shared/data");

    private static final List<Catalogue> ORDER = List.of(Catalogue.MODELS_DEV, Catalogue.GENAI_PRICES,
            Catalogue.LLMSTATS);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @BeforeEach
    void needsTheSnapshots() {
        assumeTrue(ORDER.stream().allMatch(c -> Files.isRegularFile(SNAPSHOTS.resolve(c.id()).resolve("SNAPSHOT.txt"))),
                "Skipped: the catalogue snapshots are not in " + SNAPSHOTS.toAbsolutePath().normalize()
                        + " (models-dev, genai-prices, llmstats with their SNAPSHOT.txt)");
    }

    private Importer.Result run(Catalogue catalogue, Path data, boolean write) {
        Importer.Result result = new Importer(Fixtures.validator()).run(catalogue, SNAPSHOTS.resolve(catalogue.id()),
                data, write);
        System.out.println(catalogue.displayName() + " over " + data.getFileName() + ": "
                + result.report().entriesRead() + " entries read in scope; " + result.report().summary() + "; "
                + result.report().newModels().size() + " models added");
        return result;
    }

    @Test
    void theDataSetAlreadyHoldsEveryFullSnapshot() {
        Fixtures.copyTree(Path.of("data"), temp);
        for (Catalogue catalogue : ORDER) {
            Importer.Result result = run(catalogue, temp, false);
            assertThat(result.report().entriesRead()).isPositive();
            assertThat(result.report().unmappedCount()).isPositive();
            assertThat(result.changedFiles()).as(catalogue.id() + ": data/ is up to date with the snapshot").isEmpty();
            assertThat(result.report().count(Kind.ADDED) + result.report().count(Kind.CHANGED)).isZero();
        }
    }

    @Test
    void aFreshImportOfTheFullSnapshotsCompletes() throws IOException {
        Fixtures.copyTree(Path.of("data"), temp);
        List<String> imported = removeImported(temp);
        int models = 0;
        for (Catalogue catalogue : ORDER) {
            Importer.Result result = run(catalogue, temp, true);
            assertThat(result.report().count(Kind.ADDED)).isPositive();
            models += result.report().newModels().size();
        }
        assertThat(models).as("the catalogues bring back every model the importer had created").isEqualTo(imported.size());
        assertThat(imported).hasSizeGreaterThan(130);
        for (Catalogue catalogue : ORDER) {
            assertThat(run(catalogue, temp, true).changedFiles()).as("idempotent: " + catalogue.id()).isEmpty();
        }
    }

    /**
     * The data set as curated before any import: no catalogue sources, claims, prices, scores, nor the
     * models the importer created (those the mapping gives a {@code new} block). Returns their slugs.
     */
    private static List<String> removeImported(Path data) throws IOException {
        List<String> created = new java.util.ArrayList<>();
        for (JsonNode mapped : JSON.readTree(Files.readString(data.resolve("import/mapping.json"))).path("models")) {
            Path file = data.resolve("models").resolve(mapped.path("slug").asString() + ".json");
            if (mapped.has("new") && Files.isRegularFile(file)) {
                created.add(mapped.path("slug").asString());
                Files.delete(file);
                Files.deleteIfExists(data.resolve("openness").resolve(file.getFileName()));
            }
        }
        List<Path> models;
        try (Stream<Path> files = Files.list(data.resolve("models"))) {
            models = files.toList();
        }
        for (Path file : models) {
            ObjectNode model = (ObjectNode) JSON.readTree(Files.readString(file));
            for (JsonNode fact : model) {
                if (fact.isObject() && fact.has("claims")) {
                    keepCurated((ArrayNode) fact.get("claims"));
                }
            }
            Files.writeString(file, PrettyJson.write(model));
        }
        for (String name : List.of("prices.json", "scores.json")) {
            ArrayNode list = (ArrayNode) JSON.readTree(Files.readString(data.resolve(name)));
            keepCurated(list);
            Files.writeString(data.resolve(name), PrettyJson.write(list));
        }
        // what describes the removed models waits for the import that brings them back
        for (String name : List.of("architectures.json", "throughput.json", "reasoning.json")) {
            ArrayNode list = (ArrayNode) JSON.readTree(Files.readString(data.resolve(name)));
            for (int i = list.size() - 1; i >= 0; i--) {
                if (created.contains(list.get(i).path("model").asString())) {
                    list.remove(i);
                }
            }
            Files.writeString(data.resolve(name), PrettyJson.write(list));
        }
        ArrayNode tokenizers = (ArrayNode) JSON.readTree(Files.readString(data.resolve("tokenizers.json")));
        for (JsonNode family : tokenizers) {
            ArrayNode slugs = (ArrayNode) family.path("models");
            for (int i = slugs.size() - 1; i >= 0; i--) {
                if (created.contains(slugs.get(i).asString())) {
                    slugs.remove(i);
                }
            }
        }
        Files.writeString(data.resolve("tokenizers.json"), PrettyJson.write(tokenizers));
        // a provider's terms name a provider of prices.json: those whose every price came from a catalogue
        // wait for the import that brings the prices back (Amazon Bedrock's batch terms, for one)
        java.util.Set<String> priced = new java.util.HashSet<>();
        JSON.readTree(Files.readString(data.resolve("prices.json"))).forEach(p -> priced.add(p.path("provider").asString()));
        ArrayNode providers = (ArrayNode) JSON.readTree(Files.readString(data.resolve("providers.json")));
        for (int i = providers.size() - 1; i >= 0; i--) {
            if (!priced.contains(providers.get(i).path("name").asString())) {
                providers.remove(i);
            }
        }
        Files.writeString(data.resolve("providers.json"), PrettyJson.write(providers));
        ArrayNode sources = (ArrayNode) JSON.readTree(Files.readString(data.resolve("sources.json")));
        for (int i = sources.size() - 1; i >= 0; i--) {
            // the index's entries stay: its audits come from a step of their own (OsaiIndexImportTests)
            if ("catalogue".equals(sources.get(i).path("kind").asString())
                    && !sources.get(i).path("id").asString().startsWith(OsaiIndexImport.ID + ".")) {
                sources.remove(i);
            }
        }
        Files.writeString(data.resolve("sources.json"), PrettyJson.write(sources));
        return created;
    }


    private static void keepCurated(ArrayNode entries) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if ("catalogue".equals(entries.get(i).path("origin").asString())) {
                entries.remove(i);
            }
        }
    }

}
