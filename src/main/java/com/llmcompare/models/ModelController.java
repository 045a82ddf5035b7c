package com.llmcompare.models;

import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.openness.OpennessLevel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.llmcompare.core.openness.FeatureStatus;
import com.llmcompare.core.openness.OpennessFeature;
import com.llmcompare.web.Formats;
import com.llmcompare.web.QualityPriceCharts;
import com.llmcompare.web.SourceDirectory;

@Controller
class ModelController {

    private final ModelCatalogue catalogue;

    private final SourceDirectory sources;

    private final Formats formats;

    private final QualityPriceCharts charts;

    ModelController(ModelCatalogue catalogue, SourceDirectory sources, Formats formats, QualityPriceCharts charts) {
        this.catalogue = catalogue;
        this.charts = charts;
        this.formats = formats;
        this.sources = sources;
    }

    @GetMapping("/models")
    String list(@RequestParam(required = false) String openness, @RequestParam(required = false) String license,
            @RequestParam(required = false) String vendor, @RequestParam(required = false) String q,
            @RequestParam(required = false) String year, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) String page,
            @RequestParam(required = false) String minScore, @RequestParam(required = false) String status,
            @RequestParam(required = false) String mix,
            @RequestParam(name = QualityPriceCharts.PARAMETER, required = false) String chart, Model model) {
        CatalogueQuery query = CatalogueQuery.of(openness, license, vendor, q, year, sort, dir, page, minScore,
                status, mix);
        List<LanguageModel> all = catalogue.all();
        Map<String, String> vendors = new TreeMap<>();
        Map<String, String> licenses = new TreeMap<>();
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        all.forEach(m -> {
            vendors.put(m.getVendor().getSlug(), m.getVendor().getName());
            licenses.put(m.getLicense().getSlug(), m.getLicense().getName());
            if (m.getReleaseYear() != null) {
                years.add(m.getReleaseYear());
            }
        });
        CataloguePage rows = catalogue.page(query);
        model.addAttribute("section", "models");
        model.addAttribute("query", query);
        model.addAllAttributes(charts.attributes(chart, List.of(), query.link(query.params(null, null))));
        model.addAttribute("rows", rows.rows());
        model.addAttribute("paging", rows);
        model.addAttribute("leftOut", catalogue.leftOutForLittleEvidence(query));
        model.addAttribute("years", years);
        model.addAttribute("today", catalogue.today());
        model.addAttribute("total", all.size());
        model.addAttribute("vendors", vendors);
        model.addAttribute("licenses", licenses);
        model.addAttribute("levels", OpennessLevel.values());
        boolean oneVendor = vendor != null && vendors.containsKey(vendor);
        model.addAttribute("transparency", catalogue.transparency(oneVendor ? vendor : null));
        model.addAttribute("vendorName", oneVendor ? vendors.get(vendor) : null);
        return "models/list";
    }

    @GetMapping("/models/{slug}")
    String details(@PathVariable String slug, Model model) {
        ModelDetails details = catalogue.details(slug);
        model.addAttribute("section", "models");
        model.addAttribute("d", details);
        model.addAttribute("priceHistory", PriceHistoryChart.of(details.prices(), catalogue.today()));
        model.addAttribute("m", details.model());
        model.addAttribute("verdict", ModelVerdict.of(details, catalogue.ranks(slug), catalogue.names(), formats));
        List<String> peers = catalogue.peers(slug);
        model.addAttribute("peers", peers);
        model.addAttribute("peersUrl", peers.isEmpty() ? null
                : "/compare?models=" + slug + "," + String.join(",", peers));
        model.addAttribute("citations", sources.citations());
        model.addAttribute("today", catalogue.today());
        model.addAttribute("comparisons", FeaturedComparison.of(
                ReadyComparisons.forModel(details, catalogue.availableSlugs()), catalogue.names()));
        model.addAttribute("auditGroups", OpennessFeature.Group.values());
        model.addAttribute("transparency", catalogue.transparency(details.model().getVendor().getSlug()));
        model.addAttribute("auditStatuses", FeatureStatus.values());
        return "models/detail";
    }
}
