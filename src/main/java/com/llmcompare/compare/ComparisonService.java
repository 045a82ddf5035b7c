package com.llmcompare.compare;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.llmcompare.benchmarks.BenchmarkCatalogue;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.models.ModelCatalogue;
import com.llmcompare.models.ModelDetails;
import com.llmcompare.web.Formats;
import com.llmcompare.web.ModelGroups;
import com.llmcompare.web.NotFoundException;
import com.llmcompare.web.SlugSuggester;

/** Checks a selection against the catalogue and builds its comparison. */
@Service
public class ComparisonService {

    private final ModelCatalogue catalogue;

    private final BenchmarkCatalogue benchmarks;

    private final ComparisonBuilder builder;

    ComparisonService(ModelCatalogue catalogue, BenchmarkCatalogue benchmarks, Formats formats) {
        this.catalogue = catalogue;
        this.benchmarks = benchmarks;
        this.builder = new ComparisonBuilder(formats);
    }

    /**
     * Throws a 404 naming the unknown slugs, with suggestions and a corrected selection that
     * keeps the rest (each unknown slug replaced by its closest match, or dropped).
     */
    public void requireKnown(ModelSelection selection) {
        List<String> known = catalogue.slugs();
        List<String> unknown = selection.unknown(known);
        if (unknown.isEmpty()) {
            return;
        }
        List<String> suggestions = unknown.stream()
            .flatMap(slug -> SlugSuggester.closest(slug, known).stream())
            .distinct()
            .toList();
        List<String> corrected = selection.slugs()
            .stream()
            .map(slug -> known.contains(slug) ? slug
                    : SlugSuggester.best(slug, known).orElse(null))
            .filter(slug -> slug != null)
            .distinct()
            .toList();
        throw new UnknownModelsException(unknown, suggestions, new ModelSelection(corrected));
    }

    public Comparison compare(ModelSelection selection) {
        requireKnown(selection);
        List<ModelDetails> details = selection.slugs().stream().map(catalogue::details).toList();
        return builder.build(selection, details, benchmarks.all(), catalogue.offers(),
                catalogue.names());
    }

    /**
     * The models of the picker, grouped open (open source and open weights) and closed, then by
     * vendor (by name), newest first within a vendor: a hundred models stay easy to scan.
     */
    public Map<String, Map<String, List<LanguageModel>>> pickerGroups() {
        return ModelGroups.of(catalogue.all());
    }

    public Map<String, String> names() {
        return catalogue.names();
    }

    /** One or more slugs of a selection are not in the catalogue. */
    public static class UnknownModelsException extends NotFoundException {

        UnknownModelsException(List<String> unknown, List<String> suggestions, ModelSelection corrected) {
            super("model", String.join(", ", unknown), suggestions,
                    corrected.isComparable() ? corrected.canonicalUrl(false) : null);
        }
    }
}
