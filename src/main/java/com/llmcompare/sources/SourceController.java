package com.llmcompare.sources;

import com.llmcompare.core.source.CatalogueCredit;
import com.llmcompare.core.source.Source;
import com.llmcompare.core.source.SourceRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.llmcompare.web.BadRequestException;

@Controller
class SourceController {

    /** As on /models: a search is a few words, and a longer one is a mistake or an attack. */
    private static final int MAX_QUERY_LENGTH = 100;

    private final SourceRepository sources;

    private final SourceUsage usage;

    SourceController(SourceRepository sources, SourceUsage usage) {
        this.sources = sources;
        this.usage = usage;
    }

    /**
     * The curated sources first; then, per catalogue (credited with its licence), the catalogue
     * entries the importer cites, one source per entry. With {@code q}, only the sources whose title,
     * publisher, id or address contains it (ignoring case): a plain GET form, so it works without script.
     */
    @GetMapping("/sources")
    String list(@RequestParam(required = false) String q, Model model) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        String needle = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
        List<Source> all = sources.findAllByOrderByKindAscTitleAsc();
        List<Source> shown = needle == null ? all : all.stream().filter(source -> matches(source, needle)).toList();
        Map<CatalogueCredit, List<Source>> entries = new LinkedHashMap<>();
        CatalogueCredit.ALL.forEach(credit -> entries.put(credit, new ArrayList<>()));
        List<Source> curated = new ArrayList<>();
        // the index: the shown sources by kind, in the repository's order (kind, then title)
        Map<String, List<Source>> byKind = new LinkedHashMap<>();
        for (Source source : shown) {
            byKind.computeIfAbsent(source.getKind(), kind -> new ArrayList<>()).add(source);
            CatalogueCredit.ofSource(source.getId())
                .filter(credit -> "catalogue".equals(source.getKind()))
                .ifPresentOrElse(credit -> entries.get(credit).add(source), () -> curated.add(source));
        }
        model.addAttribute("section", "sources");
        model.addAttribute("q", needle == null ? "" : q.trim());
        model.addAttribute("total", all.size());
        model.addAttribute("sources", shown);
        model.addAttribute("byKind", byKind);
        model.addAttribute("curated", curated);
        model.addAttribute("catalogues", entries);
        model.addAttribute("facts", usage.factsBySource());
        return "sources/list";
    }

    private static boolean matches(Source source, String needle) {
        for (String text : new String[] { source.getTitle(), source.getPublisher(), source.getId(), source.getUrl() }) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
