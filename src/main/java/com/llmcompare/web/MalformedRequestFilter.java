package com.llmcompare.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address longer than {@value #MAX_URL_LENGTH} characters is a 414. A query string that cannot be
 * decoded (a stray {@code %}, {@code %zz}) is a 400, answered here before anything else reads the parameters, and logged as one WARN line without a stack trace or any of the
 * request's own text: at most {@value #LINES_PER_MINUTE} lines a minute, then one line saying how many
 * more there were. Left to Tomcat, each such request logged an ERROR with its stack trace and its raw,
 * undecoded value, so a request could write a forged line into the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

    static final int LINES_PER_MINUTE = 10;

    /** The longest address answered: the longest the site makes (a calculation of six models) is under 2,000. */
    static final int MAX_URL_LENGTH = 4_096;

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    private final Clock clock = Clock.systemUTC();

    private final AtomicLong windowStart = new AtomicLong();

    private final AtomicInteger linesInWindow = new AtomicInteger();

    private final AtomicInteger suppressed = new AtomicInteger();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (request.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > MAX_URL_LENGTH) {
            tooLong(request, response);
            return;
        }
        try {
            request.getParameterMap();
        }
        catch (IllegalStateException | IllegalArgumentException ex) {
            logMalformed(request);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Written here, not by the error page: an address this long is not worth a render. */
    private static void tooLong(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "The address is longer than " + String.format(Locale.US, "%,d", MAX_URL_LENGTH)
                + " characters: leave out the parameters you do not need.";
        response.setStatus(HttpStatus.URI_TOO_LONG.value());
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(ErrorBodies.problemJson(HttpStatus.URI_TOO_LONG, detail));
        }
        else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(ErrorBodies.page("Address too long", "That address is too long", detail));
        }
    }

    private void logMalformed(HttpServletRequest request) {
        long now = clock.millis();
        long start = windowStart.get();
        if (now - start >= 60_000 && windowStart.compareAndSet(start, now)) {
            int missed = suppressed.getAndSet(0);
            linesInWindow.set(0);
            if (missed > 0) {
                log.warn("{} more requests with a query string that cannot be decoded in the last minute", missed);
            }
        }
        if (linesInWindow.incrementAndGet() <= LINES_PER_MINUTE) {
            log.warn("400 for {} {}: its query string cannot be decoded", LogSafe.text(request.getMethod()),
                    LogSafe.text(request.getRequestURI()));
        }
        else {
            suppressed.incrementAndGet();
        }
    }
}
