package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bar chart's label column: as wide as its longest name, so no name is cut at the chart's edge. */
class BarChartTests {

    @Test
    void aLongNameWidensTheLabelColumnInsteadOfFallingOffTheChart() {
        String longName = "Llama 4 Scout (17B active, 16 experts) Instruct";
        BarChart chart = BarChart.of("t", "d", List.of(new BarChart.Entry(longName, 40, "40%", false),
                new BarChart.Entry("GPT-4", 80, "80%", true)), 100, 760);

        // the name ends 8 px left of the column's edge (text-anchor end); it starts at x = edge - 8 - its width
        double nameWidth = longName.length() * BarChart.LABEL_CHAR_WIDTH;
        assertThat(chart.labelWidth() - 8 - nameWidth).isGreaterThanOrEqualTo(0);
        // the plot keeps its width, so the chart grows by what the names need
        assertThat(chart.width()).isEqualTo(chart.labelWidth() + (760 - 230 - 80) + 80);
        assertThat(chart.bars().get(1).barWidth()).isEqualTo(450 * 80 / 100);
    }

    @Test
    void shortNamesKeepTheUsualColumn() {
        BarChart chart = BarChart.of("t", "d", List.of(new BarChart.Entry("GPT-4", 80, "80%", false)), 100, 760);

        assertThat(chart.labelWidth()).isEqualTo(230);
        assertThat(chart.width()).isEqualTo(760);
    }
}
