package com.llmcompare.cost;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.web.Formats;
import com.llmcompare.web.QualityPriceCharts;
import com.llmcompare.web.PublicUrl;
import com.llmcompare.web.SourceDirectory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The calculator page, a GET form whose URL is its own share link, and its table as CSV. Bad input
 * comes back as the same page with HTTP 400, the typed values kept and a message at each bad field.
 */
@Controller
class CostController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CostCalculator calculator;

    private final SourceDirectory sources;

    private final PublicUrl publicUrl;

    private final Formats formats;

    private final QualityPriceCharts charts;

    CostController(CostCalculator calculator, SourceDirectory sources, PublicUrl publicUrl, Formats formats,
            QualityPriceCharts charts) {
        this.calculator = calculator;
        this.charts = charts;
        this.formats = formats;
        this.sources = sources;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/cost")
    String page(@RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = QualityPriceCharts.PARAMETER, required = false) String chart, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Benchmark metric = charts.metric(chart);
        CostForm form = calculator.read(parameters);
        CostReport report = null;
        if (!form.hasErrors()) {
            try {
                report = calculator.calculate(form.query());
            }
            catch (InvalidCostInput ex) {
                form = form.withErrors(ex.getErrors());
            }
        }
        if (form.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("section", "cost");
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        model.addAttribute("verdict", report == null ? null : CostVerdict.of(report, formats));
        if (report != null) {
            CostReport shown = report;
            model.addAttribute("qualityChart", charts.chart(metric, m -> calculator.monthlyAtCheapest(shown, m),
                    Set.copyOf(report.query().models()), "Your workload's monthly cost at each model's cheapest "
                            + "current offer (USD, log scale)", "a month"));
            model.addAttribute("metrics", charts.metrics());
            model.addAttribute("metric", metric);
            model.addAttribute("chartBase", report.getShareUrl() + "&");
        }
        model.addAttribute("claims", report != null ? report.claims() : calculator.claims());
        model.addAttribute("fields", CostField.byName());
        model.addAttribute("presets", CostPreset.values());
        model.addAttribute("defaults", calculator.defaults(form.getModels(), report == null ? null : report.query()));
        model.addAttribute("picker", calculator.picker());
        model.addAttribute("reasoning", calculator.reasoning(form.getModels()));
        model.addAttribute("defaultModels", calculator.names(CostForm.DEFAULT_MODELS));
        model.addAttribute("canonicalUrl", report == null ? null : publicUrl.base(request) + report.getShareUrl());
        model.addAttribute("citations", sources.citations());
        return "cost/calculator";
    }

    @GetMapping("/cost.csv")
    ResponseEntity<String> csv(@RequestParam MultiValueMap<String, String> parameters) {
        CostForm form = calculator.read(parameters);
        form.throwIfInvalid();
        CostReport report = calculator.calculate(form.query());
        return ResponseEntity.ok()
            .contentType(TEXT_CSV)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"llm-compare-cost.csv\"")
            .body(CostCsv.of(report));
    }
}
