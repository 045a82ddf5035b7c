package com.llmcompare.openness;

import com.llmcompare.core.openness.FeatureStatus;
import com.llmcompare.core.openness.OpennessFeature;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.llmcompare.web.PublicUrl;
import com.llmcompare.web.SourceDirectory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * The open-vs-closed guide and its decision helper. The weights are query parameters, so a
 * ranking is a link; a bad weight re-renders the form with the user's values and a message at
 * the field, as a 400.
 */
@Controller
class OpenVsClosedController {

    private final OpenVsClosedGuide guide;

    private final SourceDirectory sources;

    private final PublicUrl publicUrl;

    OpenVsClosedController(OpenVsClosedGuide guide, SourceDirectory sources, PublicUrl publicUrl) {
        this.guide = guide;
        this.sources = sources;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/open-vs-closed")
    String page(@Valid @ModelAttribute("form") DecisionForm form, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("section", "open-vs-closed");
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("features", OpennessFeature.values());
        model.addAttribute("statuses", FeatureStatus.values());
        model.addAttribute("defaultWeight", DecisionForm.DEFAULT_WEIGHT);
        model.addAttribute("defaultInputTokens", DecisionForm.DEFAULT_INPUT_TOKENS);
        model.addAttribute("defaultOutputTokens", DecisionForm.DEFAULT_OUTPUT_TOKENS);
        model.addAttribute("priorResults", QualityScale.PRIOR_RESULTS);
        model.addAttribute("guide", guide.guide());
        model.addAttribute("citations", sources.citations());
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "openness/guide";
        }
        model.addAttribute("decision", guide.decide(form.weights(), form.workload(), form.releaseYear(), form.includeRetired(),
                form.includeNonGenerative()));
        model.addAttribute("shareUrl", publicUrl.base(request) + "/open-vs-closed?" + form.canonicalQuery());
        return "openness/guide";
    }
}
