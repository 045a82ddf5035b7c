package com.llmcompare.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code import --fetch} against a loopback HTTP server (no internet) serving the importer's fixture snapshots
 * as GitHub would: a commit answer per ref (with an ETag) and a tar.gz archive per commit. Each failure leaves
 * {@code data/} byte for byte as it was.
 */
class FetchImportTests {

    private static final String SHA = "1111111111111111111111111111111111111111";

    private static final String LATER = "2222222222222222222222222222222222222222";

    @TempDir
    Path temp;

    private Fixtures fixtures;

    private HttpServer server;

    /** What the server does: per path, the answers to give (a body, a status, a delay, a cut). */
    private final Map<String, String> commits = new ConcurrentHashMap<>();

    private final Map<String, byte[]> archives = new ConcurrentHashMap<>();

    private final AtomicInteger failuresLeft = new AtomicInteger();

    private final AtomicInteger requests = new AtomicInteger();

    private volatile long delayMillis;

    private volatile boolean truncate;

    @BeforeEach
    void serve() throws IOException {
        fixtures = Fixtures.copy(temp.resolve("fixtures"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        commits.put("models-dev", commitJson(SHA, "2026-11-20"));
        archives.put(SHA, archive(fixtures.catalogue(Catalogue.MODELS_DEV), "models.dev-" + SHA));
        writeFetchFile(200L * 1024 * 1024);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            if (failuresLeft.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (path.startsWith("/redirect/")) {
                exchange.getResponseHeaders().add("Location", path.substring("/redirect".length()));
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            if (path.startsWith("/repos/")) {
                String catalogue = path.split("/")[2];
                String body = commits.get(catalogue);
                if (body == null) {
                    // a catalogue that is down
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().add("ETag", etag);
                send(exchange, body.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String commit = path.substring(path.lastIndexOf('/') + 1).replace(".tar.gz", "");
            byte[] archive = archives.get(commit);
            if (archive == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (truncate) {
                exchange.sendResponseHeaders(200, archive.length);
                exchange.getResponseBody().write(archive, 0, archive.length / 2);
                return;
            }
            send(exchange, archive);
        }
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void writeFetchFile(long maxBytes) throws IOException {
        writeFetchFile(maxBytes, "");
    }

    private void writeFetchFile(long maxBytes, String more) throws IOException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.writeString(fixtures.data().resolve(FetchSource.FILE), """
                {"catalogues": [
                  {"catalogue": "models-dev", "repository": "anomalyco/models.dev", "ref": "dev",
                   "commitUrl": "%1$s/repos/models-dev/commits/dev",
                   "archiveUrl": "%1$s/redirect/archive/models-dev/{commit}.tar.gz", "root": "", "maxBytes": %2$d}%3$s
                ]}
                """.formatted(base, maxBytes, more.replace("BASE", base)));
    }

    @Test
    void oneCatalogueDownImportsNothingUnlessThePartialFetchIsAllowed() throws IOException {
        writeFetchFile(200L * 1024 * 1024, """
                ,
                  {"catalogue": "genai-prices", "repository": "pydantic/genai-prices", "ref": "main",
                   "commitUrl": "BASE/repos/genai-prices/commits/main",
                   "archiveUrl": "BASE/archive/genai-prices/{commit}.tar.gz"}""");
        Map<String, String> before = fixtures.dataFiles();

        FetchImport.Result strict = fetch(true, false);
        assertThat(strict.outcomes()).extracting(FetchImport.Outcome::status)
            .containsExactly(FetchImport.Status.IMPORTED, FetchImport.Status.FAILED);
        assertThat(strict.outcomes().get(1).message()).contains("genai-prices/commits/main", "HTTP 503");
        assertThat(strict.written()).isFalse();
        assertThat(fixtures.dataFiles()).isEqualTo(before);
        assertThat(RefreshReport.markdown(strict, LocalDate.of(2026, 12, 3)))
            .contains("| genai-prices | **failed** |", "nothing was written");

        FetchImport.Result partial = fetch(true, true);
        assertThat(partial.written()).isTrue();
        assertThat(fixtures.data().resolve("import/fetched/models-dev.txt")).exists();
        assertThat(fixtures.data().resolve("import/fetched/genai-prices.txt")).doesNotExist();
    }

    private FetchImport.Result fetch(boolean write, boolean allowPartial) {
        Fetcher fetcher = new Fetcher(new Fetcher.Settings(Duration.ofSeconds(2), Duration.ofMillis(400), 2,
                Duration.ofMillis(10), "LLM-Compare-tests"));
        return new FetchImport(Fixtures.validator(), fetcher, LocalDate.of(2026, 12, 3)).run(fixtures.data(), List.of(),
                write, allowPartial);
    }

    @Test
    void aFetchIsADryRunUntilWrittenThenItsRecordCitesTheCommitAndAnUnchangedRefChangesNothing() throws IOException {
        Map<String, String> before = fixtures.dataFiles();

        FetchImport.Result dry = fetch(false, false);
        assertThat(dry.outcomes()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(FetchImport.Status.IMPORTED));
        assertThat(dry.changedFiles()).contains("prices.json", "import/fetched/models-dev.txt", "import/fetch-state.json");
        assertThat(fixtures.dataFiles()).isEqualTo(before);

        FetchImport.Result written = fetch(true, false);
        assertThat(written.written()).isTrue();
        String record = Files.readString(fixtures.data().resolve("import/fetched/models-dev.txt"));
        assertThat(record).contains("repository: anomalyco/models.dev", "commit: " + SHA, "commit date: 2026-11-20",
                "fetched: 2026-12-03", "sha256: " + FetchImport.sha256(archives.get(SHA)));
        // every imported value cites the fetched commit
        assertThat(Files.readString(fixtures.data().resolve("sources.json"))).contains("/blob/" + SHA + "/providers/openai/");

        // the ref has not moved: a 304, nothing fetched beyond the commit answer, no byte changed
        Map<String, String> after = fixtures.dataFiles();
        int asked = requests.get();
        FetchImport.Result again = fetch(true, false);
        assertThat(again.outcomes().get(0).status()).isEqualTo(FetchImport.Status.NOT_MODIFIED);
        assertThat(requests.get() - asked).isEqualTo(1);
        assertThat(again.changedFiles()).isEmpty();
        assertThat(fixtures.dataFiles()).isEqualTo(after);
    }

    @Test
    void aServerErrorIsRetriedWithBackoff() {
        failuresLeft.set(1);

        FetchImport.Result result = fetch(true, false);

        assertThat(result.outcomes().get(0).status()).isEqualTo(FetchImport.Status.IMPORTED);
        assertThat(requests.get()).isEqualTo(1 + 1 + 2);
    }

    @Test
    void aTimeoutAnOversizedOrTruncatedFileAndAChangedShapeFailByNameAndWriteNothing() throws IOException {
        Map<String, String> before = fixtures.dataFiles();

        failuresLeft.set(5);
        assertFailure("HTTP 503 (2 attempts)");
        failuresLeft.set(0);

        delayMillis = 1_000;
        assertFailure("timed out after 400 ms (2 attempts)");
        delayMillis = 0;

        truncate = true;
        assertFailure("truncated");
        truncate = false;

        commits.put("models-dev", "{\"ref\": \"dev\", \"object\": {\"type\": \"commit\"}}");
        assertFailure("its shape changed");
        commits.put("models-dev", commitJson(SHA, "2026-11-20"));

        assertThat(fixtures.dataFiles()).isEqualTo(before);
        writeFetchFile(1_000);
        assertFailure("bytes announced, at most 1000 accepted");
        Map<String, String> after = new java.util.HashMap<>(fixtures.dataFiles());
        before = new java.util.HashMap<>(before);
        after.remove(FetchSource.FILE);
        before.remove(FetchSource.FILE);
        assertThat(after).isEqualTo(before);
    }

    private void assertFailure(String problem) {
        FetchImport.Result result = fetch(true, false);
        assertThat(result.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(FetchImport.Status.FAILED);
            assertThat(o.message()).contains(problem).contains("127.0.0.1");
        });
        assertThat(result.written()).isFalse();
    }

    @Test
    void aRedirectFromHttpsToPlainHttpIsRefused() {
        Fetcher fetcher = new Fetcher(Fetcher.Settings.DEFAULTS);
        // the rule itself; the loopback server only speaks plain HTTP, whose redirects within HTTP are followed above
        assertThat(Fetcher.allowedRedirect(java.net.URI.create("https://example.org/a"),
                java.net.URI.create("http://example.org/b"))).isFalse();
        assertThat(Fetcher.allowedRedirect(java.net.URI.create("https://example.org/a"),
                java.net.URI.create("https://codeload.example.org/b"))).isTrue();
        assertThat(Fetcher.allowedRedirect(java.net.URI.create("http://127.0.0.1/a"),
                java.net.URI.create("http://127.0.0.1/b"))).isTrue();
        assertThat(fetcher).isNotNull();
    }

    @Test
    void theReportListsWhatChangedPerModelLineByLine() throws IOException {
        fetch(true, false);
        // the catalogue moves on: GPT-4o's price is raised, o3 no longer listed, GPT-4.1 added and mapped
        Path snapshot = fixtures.catalogue(Catalogue.MODELS_DEV);
        fixtures.edit(snapshot.resolve("providers/openai/models/gpt-4o.toml"), t -> t.replace("input = 2.50", "input = 3.00"));
        Files.delete(snapshot.resolve("providers/openai/models/o3.toml"));
        Files.writeString(snapshot.resolve("providers/openai/models/gpt-4.1.toml"), Files.readString(
                snapshot.resolve("providers/openai/models/gpt-4o.toml")).replace("name = \"GPT-4o\"", "name = \"GPT-4.1\"")
            .replace("release_date = \"2024-05-13\"", "release_date = \"2025-04-14\""));
        fixtures.edit(fixtures.data().resolve("import/mapping.json"), t -> t.replace("\"models\": [", """
                "models": [
                  {"slug": "gpt-4.1", "new": {"name": "GPT-4.1", "family": "GPT-4.1", "vendor": "openai",
                   "license": "proprietary-openai"}, "models-dev": ["openai/gpt-4.1"]},"""));
        commits.put("models-dev", commitJson(LATER, "2026-12-01"));
        archives.put(LATER, archive(snapshot, "models.dev-" + LATER));

        FetchImport.Result result = fetch(false, false);
        String report = RefreshReport.markdown(result, LocalDate.of(2026, 12, 3));

        assertThat(report).startsWith("# Data refresh, 2026-12-03\n\n| Catalogue | Outcome | Details |\n");
        assertThat(report).contains("| models.dev | imported | anomalyco/models.dev 2222222 (2026-12-01) |\n");
        assertThat(report).contains("\n## models.dev at 2222222 (2026-12-01)\n");
        assertThat(report).contains("\n### New models\n\n- `gpt-4.1` GPT-4.1 (entry `openai/gpt-4.1`)\n");
        assertThat(report).contains("\n### Price changes\n\n- `gpt-4o`: price gpt-4o — models.dev from 2024-08-06 — was $2.5 / $10"
                + " per 1M, checked 2024-08-06, now $3 / $10 per 1M, checked 2024-08-06 (entry `openai/gpt-4o`)\n");
        assertThat(report).contains("- `o3`: price o3 — models.dev from ");
        assertThat(report).contains(" — no longer listed: valid until 2026-12-01 (was $");
        assertThat(report).contains("Would change: `data/import/fetch-state.json`, `data/import/fetched/models-dev.txt`, "
                + "`data/models/gpt-4.1.json`, `data/prices.json`, `data/sources.json`\n");
        assertThat(report).contains("Would change: ");
    }

    static String commitJson(String sha, String date) {
        return "{\"sha\": \"" + sha + "\", \"commit\": {\"committer\": {\"date\": \"" + date + "T10:00:00Z\"}}}";
    }

    /** The folder as GitHub archives a repository: one top folder, no SNAPSHOT.txt (that is ours). */
    static byte[] archive(Path folder, String top) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes));
                Stream<Path> files = Files.walk(folder)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (name.equals(Snapshot.FILE)) {
                    continue;
                }
                TarArchiveEntry entry = new TarArchiveEntry(top + "/" + name);
                entry.setSize(Files.size(file));
                tar.putArchiveEntry(entry);
                Files.copy(file, tar);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
