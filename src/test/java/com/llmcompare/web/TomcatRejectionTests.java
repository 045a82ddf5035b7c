package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Requests Tomcat rejects before the application sees them still get our headers and no server version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TomcatRejectionTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = { "/models/%", "/..;/etc/passwd", "/models/a%00b", "/compare?models=%ZZ" })
    void malformedRequestsAre400sWithoutServerDetails(String target) throws IOException {
        String response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("Content-Security-Policy: default-src 'self'")
            .contains("X-Content-Type-Options: nosniff")
            .contains("malformed")
            .doesNotContainIgnoringCase("tomcat")
            .doesNotContainIgnoringCase("Server:");
    }

    @Test
    void aQueryThatCannotBeDecodedIsOneWarnLineThatForgesNothing(CapturedOutput output) throws IOException {
        String forged = "/models?openness=a%0d%0a2026-12-02T00:00:00.000Z%20ERROR%20FORGED%0d%0a%zz";
        int before = output.getAll().length();
        String response = raw("GET " + forged + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String logged = output.getAll().substring(before);

        assertThat(response).startsWith("HTTP/1.1 400").contains("Content-Security-Policy:").contains("malformed");
        assertThat(logged.lines()).noneMatch(line -> line.startsWith("2026-12-02T00:00:00.000Z ERROR FORGED"));
        assertThat(logged).doesNotContain("FORGED").doesNotContain("\tat ").doesNotContain(" ERROR ");
        assertThat(logged.lines().filter(line -> line.contains("cannot be decoded"))).hasSize(1);
    }

    @Test
    void manyMalformedRequestsLogAtMostTenLinesAMinute(CapturedOutput output) throws IOException {
        int before = output.getAll().length();
        for (int i = 0; i < 40; i++) {
            raw("GET /cost?inputTokens=%zz" + i + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        }
        String logged = output.getAll().substring(before);
        assertThat(logged.lines().filter(line -> line.contains("cannot be decoded")).count())
            .isLessThanOrEqualTo(MalformedRequestFilter.LINES_PER_MINUTE);
        assertThat(logged).doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = { "TRACE / HTTP/1.1", "GET /WEB-INF/web.xml HTTP/1.1", "GET /META-INF/MANIFEST.MF HTTP/1.1" })
    void tomcatsOwnErrorAnswersCarryTheSecurityHeadersAndAreNotCached(String line) throws IOException {
        String response = raw(line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).matches("(?s)HTTP/1.1 4\\d\\d.*")
            .contains("Content-Security-Policy: default-src 'self'")
            .contains("X-Content-Type-Options: nosniff")
            .contains("Cache-Control: no-store");
        if (line.startsWith("TRACE")) {
            assertThat(response).startsWith("HTTP/1.1 405").contains("Allow: GET, HEAD");
        }
    }

    @Test
    void aBadRangeOnAStaticFileIsNotCachedForAYear() throws IOException {
        String page = raw("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String css = page.replaceAll("(?s).*href=\"(/css/site-[0-9a-f]{32}\\.css)\".*", "$1");
        String response = raw("GET " + css + " HTTP/1.1\r\nHost: localhost\r\nRange: bytes=999999-\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 416").doesNotContain("max-age=31536000").contains("no-store");
    }

    @Test
    void anOverLongAddressIs414SayingSoAndConnectIs405() throws IOException {
        String response = raw("GET /models?q=" + "a".repeat(5_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 414").contains("longer than 4,096 characters")
            .contains("Content-Security-Policy:");
        assertThat(raw("GET /models?q=" + "a".repeat(3_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
            .startsWith("HTTP/1.1 400");
        assertThat(raw("CONNECT localhost:80 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
            .startsWith("HTTP/1.1 405")
            .contains("Allow: GET, HEAD")
            .contains("Content-Security-Policy:");
    }

    @Test
    void optionsAsteriskCarriesTheSecurityHeaders() throws IOException {
        assertThat(raw("OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
            .contains("Content-Security-Policy: default-src 'self'")
            .contains("X-Content-Type-Options: nosniff")
            .doesNotContainIgnoringCase("Server:");
    }

    @Test
    void errorIsNotAPageAndRobotsTxtIsReal() throws IOException {
        assertThat(raw("GET /error HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
            .startsWith("HTTP/1.1 404");
        assertThat(raw("GET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
            .startsWith("HTTP/1.1 200")
            .contains("Content-Type: text/plain")
            .contains("User-agent: *");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
