package com.llmcompare.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.llmcompare.compare.Comparison.Cell;
import com.llmcompare.compare.Comparison.Row;
import com.llmcompare.compare.Comparison.Section;
import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.model.LanguageModel;

/**
 * A comparison as one card per model, for screens too narrow for the table: each card holds the model's
 * cells of the rows a choice turns on (status, openness, licence, context, the price at the default mix,
 * the headline benchmarks and the index), read off the table's own rows so the two never disagree, each
 * linking to its row for the sources and the rest.
 */
public final class CompareCards {

    /** The rows every card shows, in this order, before the benchmarks. */
    static final List<String> FACT_ROWS = List.of("lifecycle", "openness", "license", "context",
            ComparisonBuilder.MIX_ROW);

    private CompareCards() {
    }

    /** One model's card. */
    public record Card(LanguageModel model, List<Fact> facts) {
    }

    /** One row's label and this model's cell in it; {@code rowId} is the table row it comes from. */
    public record Fact(String rowId, String label, Cell cell) {
    }

    static List<Card> of(List<LanguageModel> models, List<Section> sections, List<Benchmark> benchmarks) {
        Map<String, Row> rows = sections.stream()
            .flatMap(s -> s.rows().stream())
            .collect(Collectors.toMap(Row::id, Function.identity(), (a, b) -> a));
        List<Row> shown = new ArrayList<>();
        FACT_ROWS.stream().map(rows::get).filter(r -> r != null).forEach(shown::add);
        benchmarks.stream()
            .filter(Benchmark::feedsQuality)
            .map(b -> rows.get("benchmark-" + b.getSlug()))
            .filter(r -> r != null && r.cells().stream().anyMatch(c -> !c.missing()))
            .forEach(shown::add);
        return IntStream.range(0, models.size())
            .mapToObj(i -> new Card(models.get(i),
                    shown.stream().map(r -> new Fact(r.id(), shortLabel(r.label()), r.cells().get(i))).toList()))
            .toList();
    }

    /** "FrontierMath (share of problems solved …)" → "FrontierMath": a card is narrow, the table explains. */
    static String shortLabel(String label) {
        int bracket = label.indexOf(" (");
        return bracket > 0 ? label.substring(0, bracket) : label;
    }
}
