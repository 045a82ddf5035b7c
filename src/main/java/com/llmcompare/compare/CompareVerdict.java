package com.llmcompare.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import com.llmcompare.compare.Comparison.Cell;
import com.llmcompare.compare.Comparison.Row;
import com.llmcompare.compare.Comparison.Section;
import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.Lifecycle;
import com.llmcompare.core.price.TokenMix;
import com.llmcompare.web.Verdict;
import com.llmcompare.web.Verdict.Item;

/**
 * A comparison's answer at a glance, read off its own rows so the two never disagree: the cheapest at the
 * default mix, the best on each headline benchmark, the longest context, the most open, and which models
 * are retired. A row's best is the one the table marks ({@link ComparisonBuilder#markBest}); a row where
 * only one model has a value names it as the only one, and a row without values is left out.
 */
final class CompareVerdict {

    private CompareVerdict() {
    }

    static Verdict of(List<LanguageModel> models, List<Section> sections, List<Lifecycle> lifecycles,
            List<Benchmark> benchmarks) {
        List<Item> items = new ArrayList<>();
        String cheapestLabel = "Cheapest at " + TokenMix.DEFAULT.text() + " input:output";
        row(sections, ComparisonBuilder.MIX_ROW)
            .map(r -> best(r, models, "cheapest", cheapestLabel).orElse(new Item("cheapest", cheapestLabel,
                    "none of them has a current per-token price", null, "#row-" + r.id(), List.of(), null)))
            .ifPresent(items::add);
        for (Benchmark benchmark : benchmarks) {
            if (benchmark.isHeadline() || benchmark.isIndex()) {
                row(sections, "benchmark-" + benchmark.getSlug())
                    .flatMap(r -> best(r, models, "benchmark-" + benchmark.getSlug(), "Best on " + benchmark.getName()))
                    .ifPresent(items::add);
            }
        }
        row(sections, "context").flatMap(r -> best(r, models, "context", "Longest context")).ifPresent(items::add);
        items.add(mostOpen(models));
        List<String> retired = IntStream.range(0, models.size())
            .filter(i -> lifecycles.get(i).isRetired())
            .mapToObj(i -> models.get(i).getName() + " (" + lifecycles.get(i).summary() + ")")
            .toList();
        if (!retired.isEmpty()) {
            List<String> sources = IntStream.range(0, models.size())
                .filter(i -> lifecycles.get(i).isRetired())
                .mapToObj(i -> lifecycles.get(i).sourceId())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
            items.add(new Item("retired", "Retired", String.join("; ", retired),
                    "Retired models can no longer be bought; their last prices are shown for comparison only.",
                    "#row-lifecycle", sources, null));
        }
        return new Verdict("The answer", items);
    }

    private static Optional<Row> row(List<Section> sections, String id) {
        return sections.stream().flatMap(s -> s.rows().stream()).filter(r -> r.id().equals(id)).findFirst();
    }

    /** The row's marked best (ties named together), or its only value; empty when no model has one. */
    private static Optional<Item> best(Row row, List<LanguageModel> models, String id, String label) {
        List<Integer> valued = IntStream.range(0, row.cells().size())
            .filter(i -> row.cells().get(i).number() != null)
            .boxed()
            .toList();
        if (valued.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> winners = valued.stream().filter(i -> row.cells().get(i).best()).toList();
        String detail = null;
        if (winners.isEmpty()) {
            winners = valued;
            detail = valued.size() == 1 ? "the only one of the " + models.size() + " with a value"
                    : "all " + valued.size() + " alike";
        }
        List<Integer> chosen = winners;
        String answer = String.join(", ", chosen.stream()
            .map(i -> models.get(i).getName() + " — " + row.cells().get(i).text())
            .toList());
        if (detail == null) {
            detail = runnerUp(row, models, chosen);
        }
        List<String> sources = chosen.stream().flatMap(i -> row.cells().get(i).sourceIds().stream()).distinct().toList();
        String evidence = chosen.stream()
            .map(i -> row.cells().get(i).note())
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
        return Optional.of(new Item(id, label, answer, detail, "#row-" + row.id(), sources, evidence));
    }

    /** "next: Claude Opus 4.5 — 74.4%", the best of the rest, so the size of the lead shows. */
    private static String runnerUp(Row row, List<LanguageModel> models, List<Integer> winners) {
        Comparator<Integer> order = Comparator.comparingDouble(i -> row.cells().get(i).number());
        if ("higher".equals(row.direction())) {
            order = order.reversed();
        }
        return IntStream.range(0, row.cells().size())
            .boxed()
            .filter(i -> row.cells().get(i).number() != null && !winners.contains(i))
            .min(order)
            .map(i -> "next: " + models.get(i).getName() + " — " + row.cells().get(i).text())
            .orElse(null);
    }

    /** The highest openness level; the openness score decides among models of that level where it can. */
    private static Item mostOpen(List<LanguageModel> models) {
        int best = models.stream().mapToInt(m -> m.getOpennessLevel().ordinal()).min().orElseThrow();
        List<LanguageModel> most = models.stream().filter(m -> m.getOpennessLevel().ordinal() == best).toList();
        String level = most.get(0).getOpennessLevel().getLabel().toLowerCase(java.util.Locale.ROOT);
        String detail = most.size() == models.size() ? "all " + models.size() + " are " + level
                : most.size() + " of " + models.size() + " are " + level;
        return new Item("openness", "Most open",
                String.join(", ", most.stream().map(LanguageModel::getName).toList()) + " — " + level, detail,
                "#row-openness", List.of(), most.get(0).getOpennessReason());
    }
}
