package com.llmcompare.benchmarks;

import com.llmcompare.core.benchmark.Benchmark;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.llmcompare.models.ModelJson.ScoreJson;
import com.llmcompare.core.source.Source;
import com.llmcompare.web.SourceDirectory;
import com.llmcompare.web.SourceRef;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Benchmarks")
class BenchmarkApiController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Description(String text, SourceRef source, String quote) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BenchmarkJson(String slug, String name, String fullName, String metric, String unit,
            boolean higherIsBetter, Integer size, String sizeUnit, Description articleDescription,
            Description officialDescription, String note, List<ScoreJson> scores, String url) {

        static BenchmarkJson of(Benchmark b, List<ScoreJson> scores, Map<String, Source> sources) {
            return new BenchmarkJson(b.getSlug(), b.getName(), b.getFullName(), b.getMetric(), b.getUnit(),
                    b.isHigherIsBetter(), b.getSize(), b.getSizeUnit(),
                    b.getArticleDescription() == null ? null
                            : new Description(b.getArticleDescription(), SourceRef.of(b.getArticleSourceId(), sources),
                                    b.getArticleQuote()),
                    new Description(b.getOfficialDescription(), SourceRef.of(b.getOfficialSourceId(), sources),
                            b.getOfficialQuote()),
                    b.getNote(), scores, "/benchmarks/" + b.getSlug());
        }
    }

    private final BenchmarkCatalogue catalogue;

    private final SourceDirectory sources;

    BenchmarkApiController(BenchmarkCatalogue catalogue, SourceDirectory sources) {
        this.catalogue = catalogue;
        this.sources = sources;
    }

    @GetMapping("/api/benchmarks")
    @Operation(summary = "Every benchmark: what it measures, its unit and direction")
    List<BenchmarkJson> list() {
        Map<String, Source> byId = sources.byId();
        return catalogue.all().stream().map(b -> BenchmarkJson.of(b, null, byId)).toList();
    }

    @GetMapping("/api/benchmarks/{slug}")
    @Operation(summary = "One benchmark with every model's score on it, best first")
    BenchmarkJson details(@PathVariable String slug) {
        Map<String, Source> byId = sources.byId();
        Benchmark benchmark = catalogue.find(slug);
        return BenchmarkJson.of(benchmark,
                catalogue.scores(benchmark).stream().map(s -> ScoreJson.of(s, byId)).toList(), byId);
    }
}
