package com.llmcompare.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.llmcompare.core.calendar.Today;
import com.llmcompare.core.dataset.DataSetVersion;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP caching for pages and API answers: an ETag from the data-set version, the day and the canonical
 * request (the parameters its page reads, {@link KnownParameters}), a Cache-Control a CDN may use, and the
 * rendered bytes kept in a byte-bounded cache so identical requests are not rendered twice. A 304 answers
 * only a request whose answer is a 200 with that ETag (a cached one, or one just rendered); errors and
 * redirects are always computed (that errors say {@code no-store} is {@link SecurityHeadersFilter}'s rule).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CachingFilter extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, max-age=300, s-maxage=3600";

    private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    private static final Set<String> UNCACHED_PREFIXES = Set.of("/css/", "/js/", "/actuator", "/api-docs",
            "/favicon");

    private final DataSetVersion dataSetVersion;

    private final RenderedPageCache cache;

    private final Today today;

    private final KnownParameters knownParameters;

    private final PublicUrl publicUrl;

    CachingFilter(DataSetVersion dataSetVersion, Today today, KnownParameters knownParameters,
            SiteProperties properties, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.dataSetVersion = dataSetVersion;
        this.today = today;
        this.knownParameters = knownParameters;
        this.cache = new RenderedPageCache(properties.pageCacheSize().toBytes());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return UNCACHED_PREFIXES.stream().anyMatch(path::startsWith)
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Pages say which prices are current and which are stale as of today: a new day, a new answer.
        // Without a configured public URL, links carry the (allowed) host the browser used: one entry per host.
        String key = today.date() + " " + (publicUrl.fromRequest() ? publicUrl.base(request) + " " : "")
                + CanonicalRequest.key(request.getRequestURI(), rawQuery(request), knownParameters.of(request));
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        boolean gzip = ContentEncoding.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        RenderedPageCache.Entry cached = cache.get(key);
        if (cached != null) {
            answer(cached, gzip, ifNoneMatch, request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentSize() <= MAX_BODY_BYTES
                && wrapper.getContentType() != null && wrapper.getHeader(HttpHeaders.CONTENT_ENCODING) == null) {
            byte[] body = wrapper.getContentAsByteArray();
            RenderedPageCache.Entry entry = new RenderedPageCache.Entry(etag(key), wrapper.getContentType(),
                    wrapper.getHeader(HttpHeaders.CONTENT_DISPOSITION), body,
                    ContentEncoding.compressible(wrapper.getContentType(), body.length) ? ContentEncoding.gzip(body)
                            : null);
            if (!"HEAD".equals(request.getMethod())) {
                cache.put(key, entry);
            }
            // The answer goes out from the entry, compressed or not, as a cache hit would send it.
            wrapper.resetBuffer();
            answer(entry, gzip, ifNoneMatch, request, response);
            return;
        }
        wrapper.copyBodyToResponse();
    }

    /** A 304 for a matching tag, else the answer in the encoding the client accepts, each with its own ETag. */
    private static void answer(RenderedPageCache.Entry entry, boolean acceptsGzip, String ifNoneMatch,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean gzip = acceptsGzip && entry.gzipBody() != null;
        String etag = gzip ? ContentEncoding.gzipTag(entry.etag()) : entry.etag();
        if (entry.gzipBody() != null) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (EntityTags.noneMatchFails(ifNoneMatch, etag)) {
            notModified(response, etag);
        }
        else {
            send(entry, gzip, etag, request, response);
        }
    }

    private static void notModified(HttpServletResponse response, String etag) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    /** The cache, for tests of its bound. */
    RenderedPageCache cache() {
        return cache;
    }

    /** The query as sent; rebuilt from the parameters where a test harness gives none. */
    private static String rawQuery(HttpServletRequest request) {
        if (request.getQueryString() != null || request.getParameterMap().isEmpty()) {
            return request.getQueryString();
        }
        StringBuilder query = new StringBuilder();
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                query.append(query.isEmpty() ? "" : "&")
                    .append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static void send(RenderedPageCache.Entry entry, boolean gzip, String etag, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        byte[] body = gzip ? entry.gzipBody() : entry.body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setContentType(entry.contentType());
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (entry.contentDisposition() != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, entry.contentDisposition());
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private String etag(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + dataSetVersion.version() + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is always available", ex);
        }
    }

}
