package com.llmcompare.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.llmcompare.compare.Comparison.Cell;
import com.llmcompare.compare.Comparison.Row;
import com.llmcompare.compare.Comparison.Section;
import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.model.LanguageModel;

/** Compare's cards for narrow screens: each model's cells of the rows a choice turns on, from the table's rows. */
class CompareCardsTests {

    private static Benchmark benchmark(String slug, String role) {
        return new Benchmark(slug, slug, null, "accuracy", "percent", true, null, null, null, null, null, "official",
                "src", null, null).withRole(role, 100.0);
    }

    private static LanguageModel model(String slug) {
        return new LanguageModel() {
            @Override
            public String getSlug() {
                return slug;
            }
        };
    }

    private static Row row(String id, String label, Cell... cells) {
        return new Row(id, label, null, List.of(cells), null);
    }

    @Test
    void aCardsLabelsLeaveTheTablesExplanationsOut() {
        assertThat(CompareCards.shortLabel("FrontierMath (share of problems solved (answers checked by code))"))
            .isEqualTo("FrontierMath");
        assertThat(CompareCards.shortLabel("Lifecycle")).isEqualTo("Lifecycle");
    }

    @Test
    void eachCardHoldsItsModelsCellsOfTheChosenRowsInOrderAndOnlyBenchmarksSomeoneHas() {
        List<Section> sections = List.of(
                new Section("overview", "Overview", List.of(row("vendor", "Vendor", Cell.of("OpenAI", null, List.of()),
                        Cell.of("Meta", null, List.of())),
                        row("lifecycle", "Status", Cell.of("available", null, List.of()), Cell.of("retired", null, List.of())))),
                new Section("context", "Context", List.of(row("context", "Context window",
                        Cell.of("1,047,576", 1047576.0, List.of()).asBest(), Cell.of("4,096", 4096.0, List.of())))),
                new Section("benchmarks", "Benchmarks", List.of(
                        row("benchmark-swe", "SWE-bench", Cell.of("54.6%", 54.6, List.of()), Cell.missing("no score")),
                        row("benchmark-hle", "HLE", Cell.missing("no score"), Cell.missing("no score")),
                        row("benchmark-mmlu", "MMLU", Cell.of("90%", 90.0, List.of()), Cell.of("69%", 69.0, List.of())))));
        List<Benchmark> benchmarks = List.of(benchmark("swe", "headline"), benchmark("hle", "headline"),
                benchmark("mmlu", null));

        List<CompareCards.Card> cards = CompareCards.of(List.of(model("gpt-4.1"), model("llama-2-70b")), sections,
                benchmarks);

        assertThat(cards).hasSize(2);
        // the vendor is in the card's heading, not a fact; MMLU is not a headline; HLE has no score at all
        assertThat(cards.get(0).facts()).extracting(CompareCards.Fact::rowId)
            .containsExactly("lifecycle", "context", "benchmark-swe");
        assertThat(cards.get(0).facts()).extracting(f -> f.cell().text()).containsExactly("available", "1,047,576", "54.6%");
        assertThat(cards.get(0).facts().get(1).cell().best()).isTrue();
        assertThat(cards.get(1).model().getSlug()).isEqualTo("llama-2-70b");
        assertThat(cards.get(1).facts()).extracting(f -> f.cell().text()).containsExactly("retired", "4,096", "no score");
        assertThat(cards.get(1).facts().get(2).cell().missing()).isTrue();
    }
}
