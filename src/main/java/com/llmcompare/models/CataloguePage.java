package com.llmcompare.models;

import java.util.List;
import java.util.stream.IntStream;

/** One page of catalogue rows, and where it lies among all the rows the filters keep. */
public record CataloguePage(List<CatalogueRow> rows, int page, int pages, int matching, int first, int last) {

    static CataloguePage of(List<CatalogueRow> all, int requested, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = Math.min(requested, pages);
        int from = (page - 1) * size;
        int to = Math.min(all.size(), from + size);
        return new CataloguePage(all.subList(from, to), page, pages, all.size(), all.isEmpty() ? 0 : from + 1, to);
    }

    public boolean isPaged() {
        return pages > 1;
    }

    public List<Integer> numbers() {
        return IntStream.rangeClosed(1, pages).boxed().toList();
    }
}
