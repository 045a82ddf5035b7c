package com.llmcompare.web;

import com.llmcompare.core.source.Source;
import com.llmcompare.core.source.SourceRepository;

import java.util.Collections;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

import com.llmcompare.web.Citations;

/**
 * Looks up sources by id, and starts a page's {@link Citations}. The sources are read once: the data
 * set does not change while the site runs. Not transactional: a page asks for its citations on every
 * render, and only the first read, the repository's own, needs the database.
 */
@Service
public class SourceDirectory {

    private final SingletonSupplier<Map<String, Source>> byId;

    SourceDirectory(SourceRepository sources) {
        this.byId = SingletonSupplier.of(() -> Collections.unmodifiableMap(
                sources.findAll().stream().collect(Collectors.toMap(Source::getId, Function.identity()))));
    }

    public Map<String, Source> byId() {
        return byId.obtain();
    }

    public Citations citations() {
        return new Citations(byId());
    }
}
