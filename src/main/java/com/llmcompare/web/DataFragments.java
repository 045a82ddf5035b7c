package com.llmcompare.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Fragments whose HTML depends on the data set alone, rendered once and then inserted as they are
 * ({@code th:utext}): the data set is read-only while the site runs, and a list of every model is
 * hundreds of expressions a page would otherwise evaluate on every uncached request. Only for fragments
 * without links or citations: they are rendered outside any request.
 */
@Component
public class DataFragments {

    private final ITemplateEngine templates;

    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    DataFragments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param variables the data-set values the fragment reads: the same on every call for a fragment
     */
    public String render(String template, String fragment, Map<String, Object> variables) {
        return rendered.computeIfAbsent(template + " :: " + fragment,
                key -> templates.process(template, Set.of(fragment), new Context(Locale.ROOT, variables)));
    }
}
