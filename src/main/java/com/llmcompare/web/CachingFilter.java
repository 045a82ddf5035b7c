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
 * HTTP caching for pages and API answers: an ETag from the data-set version, the day and the
 * canonical request, 304 for a matching {@code If-None-Match}, a Cache-Control a CDN may use, and the
 * rendered bytes kept in memory so identical requests are not rendered twice. Only 200s are
 * cached; errors and redirects are always computed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CachingFilter extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, max-age=300, s-maxage=3600";

    private static final int MAX_ENTRIES = 2_000;

    private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    private static final Set<String> UNCACHED_PREFIXES = Set.of("/css/", "/js/", "/actuator", "/api-docs",
            "/favicon");

    private final DataSetVersion dataSetVersion;

    private final RenderedPageCache cache = new RenderedPageCache(MAX_ENTRIES);

    private final Today today;

    CachingFilter(DataSetVersion dataSetVersion, Today today) {
        this.dataSetVersion = dataSetVersion;
        this.today = today;
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
        String key = today.date() + " " + CanonicalRequest.key(request.getRequestURI(), rawQuery(request));
        // A cached answer carries its ETag: the hash is worked out once per key, not on every request.
        RenderedPageCache.Entry cached = cache.get(key);
        String etag = cached != null ? cached.etag() : etag(key);
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (cached != null) {
            send(cached, request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentSize() <= MAX_BODY_BYTES
                && wrapper.getContentType() != null) {
            wrapper.setHeader(HttpHeaders.ETAG, etag);
            wrapper.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            if (!"HEAD".equals(request.getMethod())) {
                cache.put(key, new RenderedPageCache.Entry(etag, wrapper.getContentType(),
                        wrapper.getHeader(HttpHeaders.CONTENT_DISPOSITION), wrapper.getContentAsByteArray()));
            }
        }
        wrapper.copyBodyToResponse();
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

    private static void send(RenderedPageCache.Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader(HttpHeaders.ETAG, entry.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setContentType(entry.contentType());
        if (entry.contentDisposition() != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, entry.contentDisposition());
        }
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
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
