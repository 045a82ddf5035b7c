package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CostChartTests {

    /** GPT-4 8K at an even mix: $45 per 1M tokens. */
    private static final CostChart.Rate API = new CostChart.Rate("GPT-4", new BigDecimal("0.000045"), false);

    /** $5,475 a month for a replica that serves 1.314B tokens. */
    private static final CostChart.AlwaysOn ALWAYS_ON = new CostChart.AlwaysOn("Llama 2 70B always-on",
            new BigDecimal("5475"), new BigDecimal("1314000000"));

    private static final CostChart.Rate ON_DEMAND = new CostChart.Rate("Llama 2 70B on demand",
            new BigDecimal("0.0000041667"), true);

    private static final BigDecimal BREAK_EVEN = new BigDecimal("121666666.67");

    private static CostChart chart() {
        return CostChart.of(List.of(API, ALWAYS_ON, ON_DEMAND),
                List.of(new CostChart.Crossing("Llama 2 70B always-on = GPT-4 at 122M tokens", BREAK_EVEN,
                        new BigDecimal("5475"))),
                new BigDecimal("2000000"));
    }

    private static double[] first(String points) {
        return Arrays.stream(points.split(" ")[0].split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void spansTheWorkloadAndTheCrossingsWithRoomEitherSide() {
        CostChart chart = chart();

        assertThat(chart.xTicks()).extracting(CostChart.Tick::label).startsWith("10K").contains("1M", "1B").endsWith("100B");
        assertThat(chart.xTicks().get(0).position()).isEqualTo(chart.plotLeft());
        assertThat(chart.xTicks().get(chart.xTicks().size() - 1).position())
            .isEqualTo(chart.plotLeft() + chart.plotWidth());
        assertThat(chart.workload().label()).isEqualTo("your workload");
    }

    @Test
    void theCrossingIsWhereTheApiLineMeetsTheFixedCost() {
        CostChart chart = chart();
        CostChart.Marker crossing = chart.crossings().get(0);
        double[] fixedCost = first(chart.series().get(1).points());

        assertThat(crossing.label()).isEqualTo("1");
        assertThat(crossing.y()).isCloseTo(fixedCost[1], within(0.2));
        // The API line is straight on log-log scales: interpolate it at the crossing's x.
        String[] api = chart.series().get(0).points().split(" ");
        double[] start = Arrays.stream(api[0].split(",")).mapToDouble(Double::parseDouble).toArray();
        double[] end = Arrays.stream(api[api.length - 1].split(",")).mapToDouble(Double::parseDouble).toArray();
        double yOnApiLine = start[1] + (crossing.x() - start[0]) / (end[0] - start[0]) * (end[1] - start[1]);
        assertThat(crossing.y()).isCloseTo(yOnApiLine, within(1.0));
    }

    @Test
    void alwaysOnStepsUpWhenAnotherReplicaIsNeeded() {
        String[] points = chart().series().get(1).points().split(" ");

        // Flat, then a step at 1.314B tokens to twice the cost, and so on to the right edge.
        assertThat(points.length).isGreaterThan(4);
        double[] flatStart = Arrays.stream(points[0].split(",")).mapToDouble(Double::parseDouble).toArray();
        double[] stepTop = Arrays.stream(points[2].split(",")).mapToDouble(Double::parseDouble).toArray();
        assertThat(stepTop[1]).isLessThan(flatStart[1]);
    }

    @Test
    void onDemandIsDashedAndEveryLineHasALegendEntry() {
        CostChart chart = chart();

        assertThat(chart.series().get(2).styleClass()).contains("series-dashed");
        assertThat(chart.series().get(0).styleClass()).doesNotContain("dashed");
        assertThat(chart.legend()).extracting(CostChart.LegendEntry::label)
            .containsExactly("GPT-4", "Llama 2 70B always-on", "Llama 2 70B on demand");
        assertThat(chart.description()).contains("log scales", "GPT-4", "1 crossing point");
        assertThat(chart.height()).isGreaterThan(chart.plotTop() + chart.plotHeight());
    }

    @Test
    void everyLineCarriesItsLetterOnItAndTheLegendRepeatsIt() {
        CostChart chart = chart();

        assertThat(chart.series()).extracting(CostChart.Series::key).containsExactly("A", "B", "C");
        assertThat(chart.legend()).extracting(CostChart.LegendEntry::key).containsExactly("A", "B", "C");
        // GPT-4's key sits on its line: the box's centre is on the straight line between its ends
        CostChart.Series api = chart.series().get(0);
        String[] points = api.points().split(" ");
        double[] start = first(api.points());
        double[] end = Arrays.stream(points[points.length - 1].split(",")).mapToDouble(Double::parseDouble).toArray();
        double cx = api.keyBox().x() + api.keyBox().width() / 2;
        double cy = api.keyBox().y() + api.keyBox().height() / 2;
        assertThat(cy).isCloseTo(start[1] + (cx - start[0]) / (end[0] - start[0]) * (end[1] - start[1]), within(1.0));
    }

    /** Eight API lines fanning out from a crossing cluster, as six models with hosting draw them. */
    @Test
    void keysAndCrossingNumbersNeverTouchAndStayInThePlot() {
        List<CostChart.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(new CostChart.Rate("API " + i, new BigDecimal("0.000001").multiply(BigDecimal.valueOf(i + 1)), false));
        }
        lines.add(ALWAYS_ON);
        lines.add(ON_DEMAND);
        List<CostChart.Crossing> crossings = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            BigDecimal perToken = new BigDecimal("0.000001").multiply(BigDecimal.valueOf(i + 1));
            BigDecimal volume = new BigDecimal("5475").divide(perToken, java.math.MathContext.DECIMAL64);
            crossings.add(new CostChart.Crossing("always-on = API " + i, volume, new BigDecimal("5475")));
        }
        CostChart chart = CostChart.of(lines, crossings, new BigDecimal("2000000000"));

        com.llmcompare.web.ChartBox plot = new com.llmcompare.web.ChartBox(chart.plotLeft(), chart.plotTop(),
                chart.plotWidth(), chart.plotHeight());
        List<com.llmcompare.web.ChartBox> boxes = new java.util.ArrayList<>();
        chart.series().forEach(s -> boxes.add(s.keyBox()));
        chart.crossings().forEach(m -> boxes.add(m.labelBox()));
        assertThat(chart.crossings()).hasSize(8);
        assertThat(boxes).doesNotContainNull().allSatisfy(box -> assertThat(box.within(plot)).isTrue());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("box %d against box %d", i, j).isFalse();
            }
        }
        // and no number sits on another crossing's circle
        for (CostChart.Marker label : chart.crossings()) {
            for (CostChart.Marker circle : chart.crossings()) {
                assertThat(label.labelBox().intersects(new com.llmcompare.web.ChartBox(circle.x() - 5, circle.y() - 5, 10, 10)))
                    .isFalse();
            }
        }
    }

    @Test
    void keysGoOnPastTheAlphabet() {
        assertThat(CostChart.key(0)).isEqualTo("A");
        assertThat(CostChart.key(25)).isEqualTo("Z");
        assertThat(CostChart.key(26)).isEqualTo("AA");
        assertThat(CostChart.key(27)).isEqualTo("AB");
    }

    @Test
    void aFreeOptionRunsAlongTheBottomInsteadOfVanishing() {
        CostChart chart = CostChart.of(List.of(API, new CostChart.Rate("free", BigDecimal.ZERO, false)), List.of(),
                BigDecimal.ZERO);

        double bottom = chart.plotTop() + chart.plotHeight();
        assertThat(chart.series().get(1).points().split(" "))
            .allSatisfy(point -> assertThat(Double.parseDouble(point.split(",")[1])).isEqualTo(bottom));
        assertThat(chart.workload()).isNull();
        assertThat(chart.description()).contains("no crossing points");
    }

    @Test
    void polylinePointsReadAsStringFormatWritesThem() {
        // Scale.at rounds to tenths already; the polyline must not change a digit of what it is given
        double[] values = { 0, 72, 408.3, 416.0, 715.9, 0.05, 1234.56, 99.95, 7.25 };
        for (double x : values) {
            for (double y : values) {
                CostChart.Polyline line = new CostChart.Polyline();
                line.add(x, y);
                line.add(y, x);
                assertThat(line.toString()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f,%.1f %.1f,%.1f", x, y, y, x));
            }
        }
    }
}
