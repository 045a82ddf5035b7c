package com.llmcompare.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code bin/refresh-data.sh}, the script the scheduled workflow runs, against a loopback server serving the
 * fixture snapshot: it fetches and writes, runs the test command, and finishes the report; when the tests fail
 * on the refreshed data it exits 2 and the report says not to merge.
 */
class RefreshScriptTests {

    private static final String SHA = "3333333333333333333333333333333333333333";

    @TempDir
    Path temp;

    private HttpServer server;

    private Fixtures fixtures;

    @BeforeEach
    void serve() throws IOException {
        fixtures = Fixtures.copy(temp.resolve("fixtures"));
        byte[] archive = FetchImportTests.archive(fixtures.catalogue(Catalogue.MODELS_DEV), "models.dev-" + SHA);
        byte[] commit = FetchImportTests.commitJson(SHA, "2026-11-30").getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().startsWith("/repos/") ? commit : archive;
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.writeString(fixtures.data().resolve(FetchSource.FILE), """
                {"catalogues": [{"catalogue": "models-dev", "repository": "anomalyco/models.dev", "ref": "dev",
                  "commitUrl": "%1$s/repos/models-dev/commits/dev", "archiveUrl": "%1$s/archive/{commit}.tar.gz"}]}
                """.formatted(base));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int script(String testCommand, Path report) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "bin/refresh-data.sh").redirectErrorStream(true)
            .redirectOutput(temp.resolve("script.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("REFRESH_IMPORT", Path.of(System.getProperty("java.home"), "bin", "java") + " -cp "
                + System.getProperty("java.class.path") + " com.llmcompare.LlmCompareApplication import");
        env.put("REFRESH_TEST", testCommand);
        env.put("REFRESH_DATA", fixtures.data().toString());
        env.put("REFRESH_REPORT", report.toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the script finished").isTrue();
        return process.exitValue();
    }

    @Test
    void theScriptFetchesWritesTestsAndReports() throws Exception {
        Path report = temp.resolve("report.md");

        int status = script("true", report);

        assertThat(status).as(Files.readString(temp.resolve("script.log"))).isZero();
        assertThat(Files.readString(report)).contains("| models.dev | imported | anomalyco/models.dev 3333333 (2026-11-30) |",
                "Written: ", "The tests pass on the refreshed data.");
        assertThat(Files.readString(fixtures.data().resolve("import/fetched/models-dev.txt"))).contains("commit: " + SHA);
    }

    @Test
    void whenTheTestsFailOnTheNewDataTheScriptSaysNotToMerge() throws Exception {
        Path report = temp.resolve("report.md");

        int status = script("false", report);

        assertThat(status).isEqualTo(2);
        assertThat(Files.readString(report)).contains("**The tests fail on the refreshed data**: do not merge");
    }
}
