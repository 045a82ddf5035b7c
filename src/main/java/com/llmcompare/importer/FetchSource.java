package com.llmcompare.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where {@code import --fetch} downloads a catalogue from ({@code data/import/fetch.json}): the repository, the
 * branch or tag, the address of the commit the ref points at (GitHub's commits API or its twin), and the
 * repository archive at that commit ({@code {commit}} in the address). {@code root} is the folder of the
 * archive the reader reads, {@code maxBytes} the largest archive accepted. Addresses live in this file, not in
 * code, so a mirror or a test server takes their place by editing it.
 */
record FetchSource(Catalogue catalogue, String repository, String ref, String commitUrl, String archiveUrl,
        String root, long maxBytes) {

    static final String FILE = "import/fetch.json";

    static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    String archiveUrl(String commit) {
        return archiveUrl.replace("{commit}", commit);
    }

    /** Every source of the file, in its order; a bad entry stops with its position and field named. */
    static List<FetchSource> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new CatalogueException("data/" + FILE, null, null, "is missing: it names the addresses to fetch");
        }
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        }
        catch (IOException | JacksonException ex) {
            throw new CatalogueException("data/" + FILE, null, null, "is not valid JSON: " + ex.getMessage());
        }
        List<FetchSource> sources = new ArrayList<>();
        int position = 0;
        for (JsonNode node : root.path("catalogues")) {
            position++;
            String entry = "#" + position;
            String id = text(node, "catalogue", entry);
            Catalogue catalogue = Catalogue.fromId(id)
                .orElseThrow(() -> new CatalogueException("data/" + FILE, entry, "catalogue", "unknown '" + id + "'"));
            String commitUrl = text(node, "commitUrl", id);
            String archiveUrl = text(node, "archiveUrl", id);
            if (!archiveUrl.contains("{commit}")) {
                throw new CatalogueException("data/" + FILE, id, "archiveUrl", "must hold {commit}: the archive is "
                        + "fetched at the commit the ref points at, so that the provenance names it");
            }
            sources.add(new FetchSource(catalogue, text(node, "repository", id), text(node, "ref", id), commitUrl,
                    archiveUrl, node.path("root").asString(""), node.path("maxBytes").asLong(DEFAULT_MAX_BYTES)));
        }
        return sources;
    }

    private static String text(JsonNode node, String field, String entry) {
        String value = node.path(field).asString("");
        if (value.isBlank()) {
            throw new CatalogueException("data/" + FILE, entry, field, "is required");
        }
        return value;
    }
}
