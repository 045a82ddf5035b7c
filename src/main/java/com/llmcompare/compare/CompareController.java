package com.llmcompare.compare;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.llmcompare.web.QualityPriceCharts;
import com.llmcompare.web.PublicUrl;
import com.llmcompare.web.SourceDirectory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The side-by-side comparison. One comparison has one address: any other spelling of the same
 * selection is answered with a 301 to the canonical {@code /compare?models=a,b}.
 */
@Controller
class CompareController {

    private final ComparisonService comparisons;

    private final SourceDirectory sources;

    private final PublicUrl publicUrl;

    private final QualityPriceCharts charts;

    CompareController(ComparisonService comparisons, SourceDirectory sources, PublicUrl publicUrl,
            QualityPriceCharts charts) {
        this.comparisons = comparisons;
        this.charts = charts;
        this.sources = sources;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/compare")
    Object compare(@RequestParam(name = "models", required = false) List<String> models,
            @RequestParam(required = false) String diff,
            @RequestParam(name = QualityPriceCharts.PARAMETER, required = false) String chart, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ModelSelection selection = ModelSelection.parse(models);
        boolean differencesOnly = DiffSwitch.parse(diff);
        model.addAttribute("section", "compare");
        model.addAttribute("groups", comparisons.pickerGroups());
        model.addAttribute("selection", selection);
        model.addAttribute("names", comparisons.names());
        if (selection.isEmpty()) {
            return "compare/picker";
        }
        try {
            comparisons.requireKnown(selection);
        }
        catch (ComparisonService.UnknownModelsException ex) {
            // the picker again, the known models still ticked, the unknown ones named with suggestions
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("selection", new ModelSelection(
                    selection.slugs().stream().filter(comparisons.names()::containsKey).toList()));
            model.addAttribute("unknownModels", ex);
            return "compare/picker";
        }
        if (!CanonicalQuery.isCanonical(request.getQueryString(), selection, differencesOnly ? "1" : null)) {
            return redirect(selection.canonicalUrl(differencesOnly));
        }
        if (!selection.isComparable()) {
            model.addAttribute("hint", true);
            return "compare/picker";
        }
        model.addAllAttributes(charts.attributes(chart, selection.slugs(), selection.canonicalUrl(differencesOnly)));
        Comparison comparison = comparisons.compare(selection);
        String base = publicUrl.base(request);
        String canonical = base + selection.canonicalUrl(false);
        model.addAttribute("c", comparison);
        model.addAttribute("diff", differencesOnly);
        model.addAttribute("canonicalUrl", canonical);
        model.addAttribute("cardUrl", base + "/compare/card.png?" + selection.canonicalQuery(false));
        model.addAttribute("description", String.join("; ", comparison.headlines()));
        model.addAttribute("citations", sources.citations());
        return "compare/comparison";
    }

    /** {@code /compare/gpt-4-vs-llama-2-70b}: a readable alias of the canonical URL. */
    @GetMapping("/compare/{pair:.+-vs-.+}")
    ResponseEntity<Void> versus(@PathVariable String pair) {
        return redirect(ModelSelection.fromVsPath(pair).canonicalUrl(false));
    }

    private static ResponseEntity<Void> redirect(String location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, location).build();
    }
}
