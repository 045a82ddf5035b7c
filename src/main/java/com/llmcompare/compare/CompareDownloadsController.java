package com.llmcompare.compare;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.llmcompare.core.price.TokenMix;
import com.llmcompare.web.PublicUrl;
import com.llmcompare.web.BadRequestException;

import io.swagger.v3.oas.annotations.Hidden;

import jakarta.servlet.http.HttpServletRequest;

/** The comparison's share card (PNG) and CSV download. */
@RestController
@Hidden
class CompareDownloadsController {

    private final ComparisonService comparisons;

    private final PublicUrl publicUrl;

    CompareDownloadsController(ComparisonService comparisons, PublicUrl publicUrl) {
        this.comparisons = comparisons;
        this.publicUrl = publicUrl;
    }

    @GetMapping(value = "/compare/card.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> card(@RequestParam(name = "models", required = false) List<String> models,
            HttpServletRequest request) {
        Comparison comparison = comparisons.compare(comparable(models));
        String host = URI.create(publicUrl.base(request)).getHost();
        ShareCard.Card card = ShareCard.card(comparison);
        byte[] png = ShareCard.png(comparison.title(), card.rows(), "$ / 1M at " + TokenMix.DEFAULT.text(),
                card.scoreLabel(),
                host + " — every number with its source");
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    @GetMapping(value = "/compare.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(name = "models", required = false) List<String> models) {
        ModelSelection selection = comparable(models);
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"compare-" + String.join("-vs-", selection.slugs()) + ".csv\"")
            .body(ComparisonCsv.of(comparisons.compare(selection)));
    }

    static ModelSelection comparable(List<String> models) {
        ModelSelection selection = ModelSelection.parse(models);
        if (!selection.isComparable()) {
            throw new BadRequestException("models", "Give 2 to 6 model slugs separated by commas, e.g. "
                    + "models=gpt-4,llama-2-70b (" + selection.slugs().size() + " given).");
        }
        return selection;
    }
}
