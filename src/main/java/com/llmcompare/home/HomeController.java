package com.llmcompare.home;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.llmcompare.models.FeaturedComparison;
import com.llmcompare.models.ModelCatalogue;

@Controller
class HomeController {

    /** Ready comparisons offered on the home page, as canonical links. */
    static final List<List<String>> FEATURED = List.of(List.of("gpt-4", "llama-2-70b"),
            List.of("gpt-3.5-turbo", "llama-2-70b-chat"), List.of("falcon-40b", "llama-2-70b"),
            List.of("gpt-4", "claude-2", "palm-2"), List.of("bloom", "falcon-180b", "llama-2-70b"));

    private final ModelCatalogue catalogue;

    HomeController(ModelCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("section", "home");
        model.addAttribute("featured", FeaturedComparison.of(FEATURED, catalogue.names()));
        model.addAttribute("modelCount", catalogue.slugs().size());
        return "home";
    }
}
