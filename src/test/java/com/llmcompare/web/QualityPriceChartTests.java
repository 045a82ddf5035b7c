package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import com.llmcompare.web.QualityPriceChart.Dot;
import com.llmcompare.web.QualityPriceChart.Label;
import com.llmcompare.web.QualityPriceChart.Point;

/** The scatter chart's layout: its frontier, its axes and names that never overlap or leave the plot. */
class QualityPriceChartTests {

    private static Point point(String name, double price, double score, boolean open, boolean retired) {
        return new Point(name.toLowerCase().replace(' ', '-'), name, price, score, open, retired, false,
                "/models/" + name, "$" + price, String.valueOf(score));
    }

    private static QualityPriceChart chart(List<Point> points) {
        return QualityPriceChart.of("t", "d", "x", "y", points, v -> "$" + v);
    }

    @Test
    void theFrontierJoinsTheModelsNothingCheaperBeatsAndSkipsRetiredOnes() {
        List<Point> points = List.of(point("Small", 0.1, 110, true, false), point("Mid", 1, 130, false, false),
                point("Dear and worse", 5, 125, false, false), point("Top", 10, 150, false, false),
                point("Old champion", 0.05, 160, false, true), point("Cheap and worse", 0.5, 100, true, false));

        QualityPriceChart chart = chart(points);

        // Old champion is retired: it cannot be bought, so it does not set the frontier
        assertThat(chart.frontierDots()).extracting(d -> d.point().name()).containsExactly("Small", "Mid", "Top");
        assertThat(chart.frontier().split(" ")).hasSize(3);
        // prices from $0.05 to $10 span the decades 0.01 to 10 (one tick each); scores 100–160: 60 ÷ 5 rounds up
        // to steps of 20
        assertThat(chart.xTicks()).extracting(QualityPriceChart.Tick::label)
            .containsExactly("$0.01", "$0.1", "$1.0", "$10.0");
        assertThat(chart.yTicks()).extracting(QualityPriceChart.Tick::label)
            .containsExactly("100", "120", "140", "160");
    }

    @Test
    void aCheaperPointIsFurtherLeftAndABetterOneHigher() {
        QualityPriceChart chart = chart(List.of(point("A", 1, 120, true, false), point("B", 10, 140, false, false)));

        Dot a = chart.dots().get(0);
        Dot b = chart.dots().get(1);
        assertThat(a.cx()).isLessThan(b.cx());
        assertThat(a.cy()).isGreaterThan(b.cy());
        assertThat(a.shape()).isEqualTo("square");
        assertThat(b.shape()).isEqualTo("circle");
        assertThat(a.title()).isEqualTo("A (open weights, on the cheapest-for-quality frontier): 120.0 at $1.0");
    }

    /** 80 models crowded like the data set's (most between $0.1 and $20, scores 100–160): names never collide. */
    @RepeatedTest(20)
    void namesNeverOverlapEachOtherOrAPointAndStayInsideThePlot() {
        Random random = new Random();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            points.add(point("Model with a long name " + i, Math.pow(10, -1 + random.nextDouble() * 2.3),
                    100 + random.nextDouble() * 60, random.nextBoolean(), random.nextInt(5) == 0));
        }
        QualityPriceChart chart = chart(points);

        List<Label> labels = chart.labels();
        assertThat(labels).isNotEmpty();
        for (int i = 0; i < labels.size(); i++) {
            ChartBox box = labels.get(i).box();
            assertThat(box.within(chart.plot())).as(labels.get(i).text()).isTrue();
            assertThat(box.width()).isGreaterThanOrEqualTo(labels.get(i).text().length() * QualityPriceChart.CHAR_WIDTH);
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(box.intersects(labels.get(j).box())).as(labels.get(i).text() + " / " + labels.get(j).text())
                    .isFalse();
            }
            for (Dot dot : chart.dots()) {
                ChartBox mark = new ChartBox(dot.cx() - QualityPriceChart.RADIUS, dot.cy() - QualityPriceChart.RADIUS,
                        2 * QualityPriceChart.RADIUS, 2 * QualityPriceChart.RADIUS);
                assertThat(box.intersects(mark)).as(labels.get(i).text() + " over " + dot.point().name()).isFalse();
            }
        }
        // every dot is inside the plot too
        assertThat(chart.dots()).allSatisfy(d -> assertThat(
                new ChartBox(d.cx(), d.cy(), 0, 0).within(chart.plot())).isTrue());
    }

    @Test
    void theComparedModelsAreNamedFirst() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            points.add(point("Crowd " + i, 1 + i * 0.01, 120 + (i % 3), false, false));
        }
        points.add(new Point("mine", "My pick", 1.05, 121, true, false, true, "/models/mine", "$1.05", "121"));

        QualityPriceChart chart = chart(points);

        assertThat(chart.labels()).extracting(Label::text).contains("My pick");
    }

    @Test
    void anEmptyChartStillHasAxes() {
        QualityPriceChart chart = chart(List.of());

        assertThat(chart.dots()).isEmpty();
        assertThat(chart.xTicks()).isNotEmpty();
        assertThat(chart.frontier()).isEmpty();
    }

    @Test
    void theMarkupEscapesEveryNameAndValue() {
        Point hostile = new Point("x", "<script>alert(1)</script> \"quoted\" & co", 1, 120, true, true, true,
                "/models/x?a=1&b=\"2\"", "$1 <b>", "120 & more");
        QualityPriceChart chart = chart(List.of(hostile, point("B", 10, 140, false, false)));

        String svg = chart.svg() + chart.tableRows();

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("\"quoted\"")
            .contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; co")
            .contains("href=\"/models/x?a=1&amp;b=&quot;2&quot;\"")
            // retired: never on the frontier
            .contains("class=\"point open retired ringed\"")
            .contains("<rect class=\"mark\"").contains("<circle class=\"ring\"");
        assertThat(QualityChartMarkup.n(12.0)).isEqualTo("12");
        assertThat(QualityChartMarkup.n(12.25)).isEqualTo("12.3");
        assertThat(QualityChartMarkup.n(-0.5)).isEqualTo("-0.5");
    }
}
