package com.llmcompare.web;

import java.util.Map;

import com.llmcompare.core.source.Source;

/** A citation in JSON: the source's id, title, where it is (url or seed file) and its entry on /sources. */
public record SourceRef(String id, String title, String kind, String url, String seedFile, String citation) {

    public static SourceRef of(String id, Map<String, Source> sources) {
        if (id == null) {
            return null;
        }
        Source source = sources.get(id);
        return new SourceRef(id, source == null ? null : source.getTitle(), source == null ? null : source.getKind(),
                source == null ? null : source.getUrl(), source == null ? null : source.getSeedFile(),
                "/sources#" + id);
    }
}
