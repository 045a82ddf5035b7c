package com.llmcompare.tokens;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.LinkedMultiValueMap;

import com.llmcompare.core.cost.TokenizerFamily;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.snapshot.DataSnapshot;
import com.llmcompare.cost.CostCalculator;
import com.llmcompare.cost.CostForm;
import com.llmcompare.cost.CostQuery;
import com.llmcompare.web.BadRequestException;
import com.llmcompare.web.SourceDirectory;
import com.llmcompare.web.TooLargeException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /cost/measure}, the one POST the site answers: counts the prompt and answer it is sent with the
 * selected models' tokenizers and links back to the calculator with the multipliers (or the counts as a
 * per-request workload) in the address, never the text. Nothing of the text is kept: it is not stored, logged,
 * cached (the answer is {@code no-store}) or put in a link.
 */
@Controller
class MeasureController {

    /** The text counted at most: a long prompt and its answer, far below what would tie up a thread. */
    static final int MAX_TEXT_BYTES = 200_000;

    /** The form's body at most: the text URL-encoded (up to 3 bytes a byte) and the other fields. */
    static final long MAX_BODY_BYTES = 3L * MAX_TEXT_BYTES + 20_000;

    private final Tokenizers tokenizers;

    private final DataSnapshot snapshot;

    private final CostCalculator calculator;

    private final SourceDirectory sources;

    MeasureController(Tokenizers tokenizers, DataSnapshot snapshot, CostCalculator calculator, SourceDirectory sources) {
        this.tokenizers = tokenizers;
        this.snapshot = snapshot;
        this.calculator = calculator;
        this.sources = sources;
    }

    /** A bookmarked or reloaded result has no text to count: back to the calculator. */
    @GetMapping("/cost/measure")
    String form() {
        return "redirect:/cost#measure";
    }

    /**
     * @param back the calculator's query the text was measured from, to return to (its models are measured)
     */
    @PostMapping("/cost/measure")
    String measure(@RequestParam(defaultValue = "") String prompt, @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String back, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        long bytes = (long) prompt.getBytes(StandardCharsets.UTF_8).length + answer.getBytes(StandardCharsets.UTF_8).length;
        if (request.getContentLengthLong() > MAX_BODY_BYTES || bytes > MAX_TEXT_BYTES) {
            throw new TooLargeException("The text is too long to count: at most " + String.format("%,d", MAX_TEXT_BYTES)
                    + " bytes (200 KB) of prompt and answer together. Paste a typical request rather than a whole corpus.");
        }
        if (prompt.isBlank() && answer.isBlank()) {
            throw new BadRequestException("prompt", "Paste a prompt, an answer or both to count their tokens.");
        }
        CostForm form = calculator.read(queryOf(back));
        List<String> slugs = form.getModels();
        if (slugs.isEmpty()) {
            throw new BadRequestException("back", "back names no model to measure for: it is the calculator's query, "
                    + "e.g. models=gpt-5.5,llama-3.3-70b-instruct.");
        }
        TextMeasurement measurement = measure(prompt, answer, slugs);
        model.addAttribute("section", "cost");
        model.addAttribute("measurement", measurement);
        if (!form.hasErrors()) {
            CostQuery query = form.query();
            model.addAttribute("multipliersUrl", "/cost?" + query.withTokenizerMultipliers(measurement.multipliers())
                .queryString());
            model.addAttribute("perRequestUrl", "/cost?" + query.withTokenizerMultipliers(measurement.multipliers())
                .perRequest(BigDecimal.valueOf(measurement.referencePrompt()),
                        BigDecimal.valueOf(measurement.referenceAnswer()))
                .queryString());
            model.addAttribute("backUrl", "/cost?" + query.queryString());
        }
        else {
            model.addAttribute("backUrl", "/cost?models=" + String.join(",", slugs));
        }
        model.addAttribute("citations", sources.citations());
        return "tokens/measure";
    }

    private TextMeasurement measure(String prompt, String answer, List<String> slugs) {
        int referencePrompt = tokenizers.reference(prompt);
        int referenceAnswer = tokenizers.reference(answer);
        List<TextMeasurement.Row> rows = new ArrayList<>();
        for (String slug : slugs) {
            LanguageModel model = snapshot.model(slug).orElseThrow();
            TokenizerFamily family = snapshot.tokenizerOf(slug).orElse(null);
            if (family == null) {
                rows.add(new TextMeasurement.Row(slug, model.getName(), null, null, false, null, null, null, null,
                        "the data set knows no tokenizer of this model: the calculator counts it in OpenAI tokens (1)",
                        null));
                continue;
            }
            BigDecimal promptTokens = tokenizers.count(family, prompt);
            BigDecimal answerTokens = tokenizers.count(family, answer);
            rows.add(new TextMeasurement.Row(slug, model.getName(), family.getId(), family.getName(),
                    family.isEstimate(), promptTokens, answerTokens,
                    TextMeasurement.multiplier(promptTokens.add(answerTokens), referencePrompt + referenceAnswer),
                    family.getSourceId(), family.getNote(), family.getLicence()));
        }
        return new TextMeasurement(referencePrompt, referenceAnswer, rows);
    }

    /** The calculator's query the form came from, decoded; one that is not a query string is a 400 naming it. */
    private static MultiValueMap<String, String> queryOf(String back) {
        String query = back.startsWith("/cost?") ? back.substring("/cost?".length()) : back;
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        try {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    int equals = pair.indexOf('=');
                    parameters.add(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                            equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        catch (IllegalArgumentException ex) {
            throw new BadRequestException("back", "back is not the calculator's query string: it cannot be decoded.");
        }
        return parameters;
    }
}
