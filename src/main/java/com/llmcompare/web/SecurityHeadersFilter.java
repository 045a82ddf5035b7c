package com.llmcompare.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Security headers on every answer, error answers included (Tomcat's own 405 for TRACE, a 404 for
 * {@code /WEB-INF/…}), and GET/HEAD only: the site is read-only, so any other method is a 405 before it
 * reaches a controller, but for the one POST it answers ({@link #POST_PATH}: a text counted and forgotten). No error answer may be cached: whatever set a Cache-Control (the static
 * resources' year, say) is replaced by {@code no-store} once the status is an error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /** No inline scripts or styles anywhere: everything comes from our own files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The API docs UI (Swagger UI) sets inline styles: a looser policy on its own path only. */
    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The one address that answers POST: "measure my text" on the calculator, which keeps nothing. */
    public static final String POST_PATH = "/cost/measure";

    /** The Cache-Control of every error answer. */
    static final String NO_STORE = "no-store";

    /** The headers every answer carries, besides its Content-Security-Policy. */
    static final Map<String, String> HEADERS = headers();

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        return Collections.unmodifiableMap(headers);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean apiDocsUi = request.getRequestURI().startsWith("/api-docs/");
        response.setHeader("Content-Security-Policy", apiDocsUi ? API_DOCS_POLICY : CONTENT_SECURITY_POLICY);
        HEADERS.forEach(response::setHeader);
        if (request.getRequestURI().startsWith("/api-docs")) {
            // the API documentation is generated per request: a cache must ask again
            response.setHeader("Cache-Control", "no-cache");
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (response.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
                response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        boolean post = "POST".equals(method) && POST_PATH.equals(request.getRequestURI());
        if (!"GET".equals(method) && !"HEAD".equals(method) && !post) {
            methodNotAllowed(request, response);
            return;
        }
        chain.doFilter(request, new ErrorsAreNotCached(response));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Turns any Cache-Control of an error answer into {@code no-store}. */
    private static final class ErrorsAreNotCached extends HttpServletResponseWrapper {

        ErrorsAreNotCached(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= 400) {
                super.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            super.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            super.sendError(status, message);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, noStoreOnError(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, noStoreOnError(name, value));
        }

        private String noStoreOnError(String name, String value) {
            return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && getStatus() >= 400 ? NO_STORE
                    : value;
        }
    }

    private static void methodNotAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
        response.setHeader(HttpHeaders.ALLOW, POST_PATH.equals(request.getRequestURI()) ? "GET, HEAD, POST" : "GET, HEAD");
        response.setCharacterEncoding("UTF-8");
        String detail = "This site is read-only: it answers GET and HEAD only.";
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(ErrorBodies.problemJson(HttpStatus.METHOD_NOT_ALLOWED, detail));
        }
        else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write("405 Method Not Allowed: " + detail + "\n");
        }
    }
}
