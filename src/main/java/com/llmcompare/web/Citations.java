package com.llmcompare.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.llmcompare.core.source.Source;

/**
 * Numbers a page's citations in the order the page cites them ([1], [2], ...) and lists the
 * cited sources at the end. One instance per rendered page.
 */
public class Citations {

    private final Map<String, Source> sources;

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    public Citations(Map<String, Source> sources) {
        this.sources = sources;
    }

    public int number(String sourceId) {
        return numbers.computeIfAbsent(sourceId, id -> numbers.size() + 1);
    }

    public Source source(String sourceId) {
        return sources.get(sourceId);
    }

    public String title(String sourceId) {
        Source source = sources.get(sourceId);
        return source == null ? sourceId : source.getTitle();
    }

    /** The sources cited so far, in citation order. */
    public List<Source> cited() {
        List<Source> cited = new ArrayList<>();
        numbers.keySet().forEach(id -> cited.add(sources.get(id)));
        return cited;
    }
}
