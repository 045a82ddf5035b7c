package com.llmcompare.benchmarks;

import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.benchmark.Score;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.llmcompare.web.QualityPriceCharts;
import com.llmcompare.web.SourceDirectory;

@Controller
class BenchmarkController {

    private final BenchmarkCatalogue catalogue;

    private final SourceDirectory sources;

    private final QualityPriceCharts charts;

    BenchmarkController(BenchmarkCatalogue catalogue, SourceDirectory sources, QualityPriceCharts charts) {
        this.catalogue = catalogue;
        this.charts = charts;
        this.sources = sources;
    }

    @GetMapping("/benchmarks")
    String list(Model model) {
        model.addAttribute("section", "benchmarks");
        model.addAttribute("benchmarks", catalogue.all());
        model.addAttribute("counts", catalogue.scoreCounts());
        model.addAttribute("citations", sources.citations());
        return "benchmarks/list";
    }

    @GetMapping("/benchmarks/{slug}")
    String details(@PathVariable String slug, Model model) {
        Benchmark benchmark = catalogue.find(slug);
        List<Score> scores = catalogue.scores(benchmark);
        model.addAttribute("section", "benchmarks");
        model.addAttribute("b", benchmark);
        model.addAttribute("scores", scores);
        model.addAttribute("saturation", catalogue.saturation(benchmark));
        model.addAttribute("rowCount", catalogue.rowCount(benchmark));
        model.addAttribute("chart", catalogue.chart(benchmark, scores));
        if (benchmark.isHigherIsBetter()) {
            // the chart's frontier reads "higher is better"
            model.addAllAttributes(charts.attributes(benchmark, List.of(benchmark), List.of(), "/benchmarks/" + slug));
        }
        model.addAttribute("citations", sources.citations());
        return "benchmarks/detail";
    }
}
