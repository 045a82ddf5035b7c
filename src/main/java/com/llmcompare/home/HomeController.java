package com.llmcompare.home;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.llmcompare.models.FeaturedComparison;
import com.llmcompare.models.ModelCatalogue;
import com.llmcompare.web.QualityPriceCharts;

@Controller
class HomeController {

    /**
     * Ready comparisons offered on the home page, as canonical links: today's models first, then the
     * articles' open models. Only models that can still be used are suggested.
     */
    static final List<List<String>> FEATURED = List.of(List.of("gpt-5.5", "claude-sonnet-5", "gemini-3.1-pro-preview"),
            List.of("llama-3.3-70b-instruct", "gpt-oss-120b", "deepseek-v3.2"), List.of("gpt-5.5", "gpt-oss-120b"),
            List.of("falcon-40b", "llama-2-70b"), List.of("bloom", "falcon-180b", "llama-2-70b"));

    private final ModelCatalogue catalogue;

    private final QualityPriceCharts charts;

    HomeController(ModelCatalogue catalogue, QualityPriceCharts charts) {
        this.catalogue = catalogue;
        this.charts = charts;
    }

    @GetMapping("/")
    String home(@RequestParam(name = QualityPriceCharts.PARAMETER, required = false) String chart, Model model) {
        model.addAllAttributes(charts.attributes(chart, List.of(), "/"));
        model.addAttribute("section", "home");
        Set<String> available = catalogue.availableSlugs();
        model.addAttribute("featured", FeaturedComparison.of(
                FEATURED.stream().filter(available::containsAll).toList(), catalogue.names()));
        model.addAttribute("modelCount", catalogue.slugs().size());
        return "home";
    }
}
