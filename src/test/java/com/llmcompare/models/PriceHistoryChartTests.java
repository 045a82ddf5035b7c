package com.llmcompare.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.llmcompare.core.price.Price;

/** A model's prices through time: one step line per offer at 3:1, its letters apart, the scale chosen by range. */
class PriceHistoryChartTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Price price(String id, String provider, String input, String output, String from, String until) {
        return new Price(id, null, provider, provider.toLowerCase() + " offer", null, "tokens", 1_000_000,
                new BigDecimal(input), new BigDecimal(output), null, from, until, from, null, List.of("src"), null,
                null, null, null);
    }

    @Test
    void aPriceRaiseIsAStepOfTheSameOffersLine() {
        // Claude Sonnet 5 in genai-prices: $2 / $10 from 2026-06-30, $3 / $15 from 2026-09-01 — $4 then $6 at 3:1
        PriceHistoryChart chart = PriceHistoryChart.of(List.of(
                price("b", "Anthropic", "3", "15", "2026-09-01", null),
                price("a", "Anthropic", "2", "10", "2026-06-30", "2026-09-01")), TODAY);

        assertThat(chart.logScale()).isFalse();
        assertThat(chart.lines()).singleElement().satisfies(line -> {
            assertThat(line.key()).isEqualTo("A");
            assertThat(line.steps()).containsExactly("$4.00 from 2026-06-30 to 2026-09-01", "$6.00 from 2026-09-01");
            String[] points = line.points().split(" ");
            assertThat(points).hasSize(4);
            // linear from $0 to $10 over 180 px below y = 12: $4 at 120, $6 at 84; the step is at one x
            assertThat(points[0]).endsWith(",120.0");
            assertThat(points[2]).endsWith(",84.0");
            assertThat(points[1].split(",")[0]).isEqualTo(points[2].split(",")[0]);
            // the line runs to today, the plot's right edge
            assertThat(Double.parseDouble(points[3].split(",")[0])).isEqualTo(chart.plotLeft() + chart.plotWidth());
        });
        assertThat(chart.xTicks()).extracting(PriceHistoryChart.Tick::label).containsExactly("2026");
    }

    @Test
    void offersFarApartGoOnALogScaleAndTheirLettersNeverTouch() {
        PriceHistoryChart chart = PriceHistoryChart.of(List.of(
                price("a", "OpenAI", "30", "60", "2023-03-14", "2026-10-23"),
                price("b", "Azure", "30", "60", "2023-06-01", "2026-10-23"),
                price("c", "Cheap", "0.5", "1.5", "2024-01-01", null)), TODAY);

        assertThat(chart.logScale()).isTrue();
        assertThat(chart.yTicks()).extracting(PriceHistoryChart.Tick::label).first().isEqualTo("$0.10");
        assertThat(chart.lines()).extracting(PriceHistoryChart.Line::key).containsExactly("A", "B", "C");
        List<Double> keys = chart.lines().stream().map(PriceHistoryChart.Line::keyY).sorted().toList();
        for (int i = 1; i < keys.size(); i++) {
            assertThat(keys.get(i) - keys.get(i - 1)).isGreaterThanOrEqualTo(PriceHistoryChart.KEY_GAP);
        }
        assertThat(chart.xTicks()).extracting(PriceHistoryChart.Tick::label).containsExactly("2023", "2024", "2025", "2026");
    }

    @Test
    void anAnnouncedPriceIsNotDrawnAndAModelWithoutAPricePerTokenHasNoChart() {
        PriceHistoryChart chart = PriceHistoryChart.of(List.of(price("a", "OpenAI", "1", "4", "2025-01-01", null),
                price("b", "Later", "1", "4", "2027-01-01", null)), TODAY);
        assertThat(chart.lines()).extracting(PriceHistoryChart.Line::label).containsExactly("OpenAI — openai offer");

        Price perCharacter = new Price("c", null, "Google", "palm", null, "characters", 1000, BigDecimal.ONE,
                BigDecimal.ONE, null, "2023-05-10", null, "2023-05-10", null, List.of("src"), null, null, null, null);
        assertThat(PriceHistoryChart.of(List.of(perCharacter), TODAY)).isNull();
        assertThat(PriceHistoryChart.of(List.of(), TODAY)).isNull();
    }
}
