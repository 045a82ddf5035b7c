package com.llmcompare.sources;

import com.llmcompare.core.source.CatalogueCredit;
import com.llmcompare.core.source.Source;
import com.llmcompare.core.source.SourceRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SourceController {

    private final SourceRepository sources;

    private final SourceUsage usage;

    SourceController(SourceRepository sources, SourceUsage usage) {
        this.sources = sources;
        this.usage = usage;
    }

    /**
     * The curated sources first; then, per catalogue (credited with its licence), the catalogue
     * entries the importer cites, one source per entry.
     */
    @GetMapping("/sources")
    String list(Model model) {
        List<Source> all = sources.findAllByOrderByKindAscTitleAsc();
        Map<CatalogueCredit, List<Source>> entries = new LinkedHashMap<>();
        CatalogueCredit.ALL.forEach(credit -> entries.put(credit, new ArrayList<>()));
        List<Source> curated = new ArrayList<>();
        for (Source source : all) {
            CatalogueCredit.ofSource(source.getId())
                .filter(credit -> "catalogue".equals(source.getKind()))
                .ifPresentOrElse(credit -> entries.get(credit).add(source), () -> curated.add(source));
        }
        model.addAttribute("section", "sources");
        model.addAttribute("sources", all);
        model.addAttribute("curated", curated);
        model.addAttribute("catalogues", entries);
        model.addAttribute("facts", usage.factsBySource());
        return "sources/list";
    }
}
