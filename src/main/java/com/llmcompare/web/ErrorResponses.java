package com.llmcompare.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.llmcompare.core.dataset.DataSetVersion;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers bad requests with a clear 4xx: an HTML page for pages, an RFC 9457 problem detail
 * under {@code /api/}. What the user typed is only ever shown escaped (Thymeleaf escapes
 * {@code th:text}; JSON escapes itself).
 */
@RestControllerAdvice
class ErrorResponses {

    private final DataSetVersion dataSetVersion;

    ErrorResponses(DataSetVersion dataSetVersion) {
        this.dataSetVersion = dataSetVersion;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException ex, HttpServletRequest request) {
        String detail = "No " + ex.getWhat() + " has the slug '" + ex.getSlug() + "'.";
        Map<String, Object> extra = new java.util.LinkedHashMap<>(Map.of("slug", ex.getSlug(), "what", ex.getWhat(),
                "suggestions", ex.getSuggestions(), "suggestionBase", suggestionBase(ex.getWhat())));
        if (ex.getCorrectedUrl() != null) {
            extra.put("corrected", ex.getCorrectedUrl());
        }
        return respond(request, HttpStatus.NOT_FOUND, detail, extra);
    }

    @ExceptionHandler(BadRequestException.class)
    Object badRequest(BadRequestException ex, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("parameter", ex.getParameter()));
    }

    @ExceptionHandler(TooLargeException.class)
    Object tooLarge(TooLargeException ex, HttpServletRequest request) {
        return respond(request, HttpStatus.CONTENT_TOO_LARGE, ex.getMessage(), Map.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "The parameter '" + ex.getName() + "' has the wrong type.",
                Map.of("parameter", ex.getName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "The parameter '" + ex.getParameterName() + "' is required.",
                Map.of("parameter", ex.getParameterName()));
    }

    /** No page and no static file at the address (only the static folders are mapped as files). */
    @ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
    Object noPage(Exception ex, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "There is no page at this address.", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
        Object response = respond(request, HttpStatus.METHOD_NOT_ALLOWED,
                "This address answers GET and HEAD only, not " + ex.getMethod() + ".", Map.of());
        if (response instanceof ResponseEntity<?> entity) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header("Allow", "GET, HEAD")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(entity.getBody());
        }
        return response;
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<String> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
            .contentType(MediaType.TEXT_PLAIN)
            .body("This address cannot answer in the requested media type.");
    }

    private Object respond(HttpServletRequest request, HttpStatus status, String detail, Map<String, Object> extra) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            extra.forEach((key, value) -> {
                if (!"suggestionBase".equals(key)) {
                    problem.setProperty(key, value);
                }
            });
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error/problem", status);
        page.addObject("status", status.value());
        page.addObject("reason", status.getReasonPhrase());
        page.addObject("detail", detail);
        page.addObject("suggestions", List.of());
        page.addAllObjects(extra);
        page.addObject("dataVersion", dataSetVersion.info().getVersion());
        page.addObject("dataAsOf", dataSetVersion.info().getAsOf());
        return page;
    }

    private static String suggestionBase(String what) {
        return switch (what) {
            case "benchmark" -> "/benchmarks/";
            default -> "/models/";
        };
    }
}
