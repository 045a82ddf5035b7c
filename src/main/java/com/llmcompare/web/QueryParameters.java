package com.llmcompare.web;

import org.springframework.web.method.HandlerMethod;

/**
 * The query parameters of a handler that reads them as a free-form map (the calculator's
 * {@code inputPrice.{slug}}…), declared by its feature. Handlers that bind named parameters need none:
 * {@link KnownParameters} reads their {@code @RequestParam}s and form objects itself.
 */
public interface QueryParameters {

    /** Whether this declaration is for the handler. */
    boolean describes(HandlerMethod handler);

    /** Whether the handler reads the parameter. */
    boolean reads(String name);
}
