package com.llmcompare.compare;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.llmcompare.core.source.Source;
import com.llmcompare.web.SourceDirectory;
import com.llmcompare.web.SourceRef;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Compare")
class CompareApiController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CellJson(String model, String text, Double number, boolean missing, boolean best, String note,
            List<String> flags, List<SourceRef> sources, String link) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RowJson(String id, String label, String betterDirection, String settingsNote, boolean allEqual,
            List<CellJson> values) {
    }

    record SectionJson(String id, String title, List<RowJson> rows) {
    }

    record ComparisonJson(String title, List<String> models, String url, List<String> headlines,
            List<SectionJson> sections) {
    }

    private final ComparisonService comparisons;

    private final SourceDirectory sources;

    CompareApiController(ComparisonService comparisons, SourceDirectory sources) {
        this.comparisons = comparisons;
        this.sources = sources;
    }

    @GetMapping("/api/compare")
    @Operation(summary = "Two to six models side by side: every fact with its sources, best values marked")
    ComparisonJson compare(@Parameter(description = "2 to 6 model slugs, comma-separated, e.g. gpt-4,llama-2-70b")
            @RequestParam(name = "models", required = false) List<String> models) {
        ModelSelection selection = CompareDownloadsController.comparable(models);
        Comparison comparison = comparisons.compare(selection);
        Map<String, Source> byId = sources.byId();
        List<String> slugs = selection.slugs();
        return new ComparisonJson(comparison.title(), slugs, selection.canonicalUrl(false), comparison.headlines(),
                comparison.sections()
                    .stream()
                    .map(section -> new SectionJson(section.id(), section.title(), section.rows()
                        .stream()
                        .map(row -> new RowJson(row.id(), row.label(), row.direction(), row.settingsNote(),
                                row.allEqual(), cells(row, slugs, byId)))
                        .toList()))
                    .toList());
    }

    private static List<CellJson> cells(Comparison.Row row, List<String> slugs, Map<String, Source> byId) {
        return java.util.stream.IntStream.range(0, row.cells().size()).mapToObj(i -> {
            Comparison.Cell cell = row.cells().get(i);
            return new CellJson(slugs.get(i), cell.text(), cell.number(), cell.missing(), cell.best(), cell.note(),
                    cell.flags().isEmpty() ? null : cell.flags(),
                    cell.sourceIds().stream().map(id -> SourceRef.of(id, byId)).toList(), cell.link());
        }).toList();
    }
}
