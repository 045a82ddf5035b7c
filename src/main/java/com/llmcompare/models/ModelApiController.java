package com.llmcompare.models;

import java.util.List;
import java.util.Map;


import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.llmcompare.core.source.Source;
import com.llmcompare.web.SourceDirectory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Models")
class ModelApiController {

    /** With {@code minScore}: how many models it left out for too little evidence for a score. */
    static final String LEFT_OUT_HEADER = "Openness-Left-Out-Too-Little-Evidence";

    private final ModelCatalogue catalogue;

    private final SourceDirectory sources;

    ModelApiController(ModelCatalogue catalogue, SourceDirectory sources) {
        this.catalogue = catalogue;
        this.sources = sources;
    }

    @GetMapping("/api/models")
    @Operation(summary = "The model catalogue, with the same filters and sort order as /models")
    ResponseEntity<List<ModelJson.Summary>> list(@RequestParam(required = false) String openness,
            @RequestParam(required = false) String license, @RequestParam(required = false) String vendor,
            @RequestParam(required = false) String q, @RequestParam(required = false) String year,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) String minScore, @RequestParam(required = false) String status) {
        Map<String, Source> byId = sources.byId();
        CatalogueQuery query = CatalogueQuery.of(openness, license, vendor, q, year, sort, dir, null, minScore, status);
        List<ModelJson.Summary> rows = catalogue.rows(query)
            .stream()
            .map(row -> ModelJson.Summary.of(row, byId))
            .toList();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (query.minScore() != null) {
            answer.header(LEFT_OUT_HEADER, String.valueOf(catalogue.leftOutForLittleEvidence(query)));
        }
        return answer.body(rows);
    }

    @GetMapping("/api/models/{slug}")
    @Operation(summary = "Every fact about one model, each with its claims and sources, its scores and prices")
    ModelJson.Details details(@PathVariable String slug) {
        ModelDetails details = catalogue.details(slug);
        return ModelJson.Details.of(details, catalogue.transparency(details.model().getVendor().getSlug()), sources.byId());
    }
}
