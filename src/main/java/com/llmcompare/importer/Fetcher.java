package com.llmcompare.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Downloads one file for the importer, carefully: connect and read timeouts, a size limit, no redirect from
 * HTTPS to plain HTTP (a plain-HTTP address configured as such may redirect within plain HTTP, which is how the
 * tests serve on loopback), a conditional request (ETag, Last-Modified), a User-Agent naming the project, and
 * retries with a doubling backoff for 5xx answers and timeouts. Every failure is a {@link CatalogueException}
 * that names the address and what went wrong.
 */
final class Fetcher {

    /** How patient the fetch is; the tests shorten the waits. */
    record Settings(Duration connectTimeout, Duration readTimeout, int attempts, Duration backoff, String userAgent) {

        static final Settings DEFAULTS = new Settings(Duration.ofSeconds(10), Duration.ofSeconds(60), 3,
                Duration.ofSeconds(2), "LLM-Compare-importer/0.1 (https://github.com/llm-compare; data refresh)");
    }

    /** An answer: 200 with its body, or 304 (not modified) without one. */
    record Answer(int status, byte[] body, String etag, String lastModified) {

        boolean notModified() {
            return status == 304;
        }
    }

    private static final int MAX_REDIRECTS = 5;

    private final Settings settings;

    private final HttpClient client;

    Fetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    Answer get(String address, String etag, String lastModified, long maxBytes) {
        URI uri = parse(address);
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            HttpResponse<InputStream> response = send(uri, etag, lastModified);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                URI next = response.headers().firstValue("Location").map(uri::resolve)
                    .orElseThrow(() -> failure(address, "HTTP " + status + " without a Location"));
                close(response);
                if (!allowedRedirect(uri, next)) {
                    throw failure(address, "redirected to " + next + ": a redirect from HTTPS to plain HTTP is refused");
                }
                uri = next;
                continue;
            }
            if (status == 304) {
                close(response);
                return new Answer(304, null, etag, lastModified);
            }
            if (status != 200) {
                close(response);
                throw failure(address, "HTTP " + status);
            }
            return new Answer(200, body(address, response, maxBytes), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
        throw failure(address, "more than " + MAX_REDIRECTS + " redirects");
    }

    /** A redirect may not leave HTTPS for plain HTTP; a plain-HTTP address (configured so) may stay in it. */
    static boolean allowedRedirect(URI from, URI to) {
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        return "https".equalsIgnoreCase(from.getScheme()) ? scheme.equals("https") : scheme.equals("http") || scheme.equals("https");
    }

    /** One request, retried on a 5xx answer or a timeout with a doubling wait. */
    private HttpResponse<InputStream> send(URI uri, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .GET();
        Optional.ofNullable(etag).ifPresent(value -> request.header("If-None-Match", value));
        Optional.ofNullable(lastModified).ifPresent(value -> request.header("If-Modified-Since", value));
        String problem = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            if (attempt > 1) {
                pause(settings.backoff().multipliedBy(1L << (attempt - 2)));
            }
            try {
                HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() < 500) {
                    return response;
                }
                problem = "HTTP " + response.statusCode();
                close(response);
            }
            catch (HttpTimeoutException ex) {
                problem = "timed out after " + settings.readTimeout().toMillis() + " ms";
            }
            catch (IOException ex) {
                problem = "cannot connect: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw failure(uri.toString(), "interrupted");
            }
        }
        throw failure(uri.toString(), problem + " (" + settings.attempts() + " attempts)");
    }

    /** The body, refused when over the limit, or shorter than the Content-Length it announced. */
    private static byte[] body(String address, HttpResponse<InputStream> response, long maxBytes) {
        long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (announced > maxBytes) {
            close(response);
            throw failure(address, "oversized: " + announced + " bytes announced, at most " + maxBytes + " accepted");
        }
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = in.read(buffer)) >= 0;) {
                total += read;
                if (total > maxBytes) {
                    throw failure(address, "oversized: more than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, read);
            }
            if (announced >= 0 && total < announced) {
                throw failure(address, "truncated: " + total + " of the " + announced + " bytes announced arrived");
            }
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw failure(address, "truncated: the connection ended before the file did (" + ex.getMessage() + ")");
        }
    }

    private static URI parse(String address) {
        try {
            URI uri = URI.create(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw failure(address, "is not an http(s) address");
            }
            return uri;
        }
        catch (IllegalArgumentException ex) {
            throw failure(address, "is not an address: " + ex.getMessage());
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        }
        catch (IOException ex) {
            // the answer is not used
        }
    }

    static CatalogueException failure(String address, String problem) {
        return new CatalogueException(address, null, null, problem);
    }
}
