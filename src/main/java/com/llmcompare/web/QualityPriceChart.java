package com.llmcompare.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The geometry of a quality-against-price scatter chart, computed here and drawn as inline SVG by
 * {@code fragments/quality-chart}: price on a log scale across, a score up; open-weights models drawn as
 * squares and closed ones as circles (and named so in each point's title), retired models hollow, the
 * models being compared ringed, and the cheapest-for-quality frontier joined by a line. Names are placed
 * beside their points only where the box a name needs fits inside the plot without touching another
 * name or point; a point whose name does not fit keeps its name in its title and in the table under the
 * chart. Names are set in a monospace font, so the box a name needs is known here, not guessed.
 */
public record QualityPriceChart(String title, String description, String xTitle, String yTitle, int width,
        int height, ChartBox plot, List<Tick> xTicks, List<Tick> yTicks, List<Dot> dots, String frontier,
        List<Label> labels, Markup markup) {

    /** The chart's markup, written on first use and kept with it, so a chart kept by the caller is drawn once. */
    static final class Markup {

        private volatile String svg;

        private volatile String tableRows;
    }

    /** A name's width per character, in px: the labels are 11-px monospace (0.6em, 6.6 px), see site.css. */
    static final double CHAR_WIDTH = 7.0;

    static final int LABEL_HEIGHT = 14;

    static final int RADIUS = 5;

    private static final int WIDTH = 760;

    private static final int HEIGHT = 460;

    /** One model to plot: {@code x} is a price (USD, above 0), {@code y} a score. */
    public record Point(String slug, String name, double x, double y, boolean open, boolean retired,
            boolean ringed, String link, String xText, String yText) {
    }

    /** A placed point; {@code frontier} when no cheaper available model scores as high. */
    public record Dot(Point point, double cx, double cy, boolean frontier) {

        public String title() {
            Point p = point;
            return p.name() + " (" + (p.open() ? "open weights" : "closed") + (p.retired() ? ", retired" : "")
                    + (frontier ? ", on the cheapest-for-quality frontier" : "") + "): " + p.yText() + " at "
                    + p.xText();
        }

        public String shape() {
            return point.open() ? "square" : "circle";
        }
    }

    /** A name beside its point; (x, y) is the text's start on its baseline. */
    public record Label(String text, double x, double y, ChartBox box) {
    }

    /** A tick and its text; {@code position} along its axis. */
    public record Tick(double position, String label) {
    }

    /**
     * @param xFormat how a price on the x axis is written ("$0.10", "$1K")
     */
    public static QualityPriceChart of(String title, String description, String xTitle, String yTitle,
            List<Point> points, DoubleFunction<String> xFormat) {
        ChartBox plot = new ChartBox(70, 16, WIDTH - 70 - 20, HEIGHT - 16 - 56);
        List<Point> usable = points.stream().filter(p -> p.x() > 0 && Double.isFinite(p.y())).toList();
        double minX = usable.stream().mapToDouble(Point::x).min().orElse(1);
        double maxX = usable.stream().mapToDouble(Point::x).max().orElse(10);
        int lowDecade = (int) Math.floor(Math.log10(minX));
        int highDecade = Math.max(lowDecade + 1, (int) Math.ceil(Math.log10(maxX)));
        double[] yRange = niceRange(usable.stream().mapToDouble(Point::y).min().orElse(0),
                usable.stream().mapToDouble(Point::y).max().orElse(1));
        double yStep = yRange[2];

        List<Tick> xTicks = new ArrayList<>();
        for (int decade = lowDecade; decade <= highDecade; decade++) {
            xTicks.add(new Tick(xAt(Math.pow(10, decade), lowDecade, highDecade, plot),
                    xFormat.apply(Math.pow(10, decade))));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double v = yRange[0]; v <= yRange[1] + yStep / 1000; v += yStep) {
            yTicks.add(new Tick(yAt(v, yRange, plot), number(v, yStep)));
        }

        List<Point> byPrice = usable.stream()
            .sorted(Comparator.comparingDouble(Point::x).thenComparing(Comparator.comparingDouble(Point::y).reversed()))
            .toList();
        List<Dot> dots = new ArrayList<>();
        StringBuilder frontier = new StringBuilder();
        double best = Double.NEGATIVE_INFINITY;
        for (Point p : byPrice) {
            boolean onFrontier = !p.retired() && p.y() > best;
            if (onFrontier) {
                best = p.y();
            }
            Dot dot = new Dot(p, round(xAt(p.x(), lowDecade, highDecade, plot)), round(yAt(p.y(), yRange, plot)),
                    onFrontier);
            dots.add(dot);
            if (onFrontier) {
                frontier.append(frontier.isEmpty() ? "" : " ").append(dot.cx()).append(',').append(dot.cy());
            }
        }
        return new QualityPriceChart(title, description, xTitle, yTitle, WIDTH, HEIGHT, plot, xTicks, yTicks, dots,
                frontier.toString(), labels(dots, plot), new Markup());
    }

    /**
     * Names in order of interest (the compared models, then the frontier, then the best scores), each at the
     * first place around its point that is free: right, left, above, below, then the same further out. A name
     * never touches another name or leaves the plot; it avoids other points too, except a compared model's,
     * which is named even over a crowd.
     */
    static List<Label> labels(List<Dot> dots, ChartBox plot) {
        List<ChartBox> marks = dots.stream().map(QualityPriceChart::mark).toList();
        List<ChartBox> names = new ArrayList<>();
        List<Dot> order = dots.stream()
            .sorted(Comparator.comparing((Dot d) -> !d.point().ringed())
                .thenComparing(d -> !d.frontier())
                .thenComparing(Comparator.comparingDouble((Dot d) -> d.point().y()).reversed()))
            .toList();
        List<Label> labels = new ArrayList<>();
        for (Dot dot : order) {
            String text = dot.point().name();
            double w = text.length() * CHAR_WIDTH + 2;
            double h = LABEL_HEIGHT;
            ChartBox own = mark(dot);
            for (ChartBox box : candidates(dot, w, h)) {
                boolean free = box.within(plot) && !ChartBox.intersectsAny(box, names, null)
                        && (dot.point().ringed() || !ChartBox.intersectsAny(box, marks, own));
                if (free) {
                    names.add(box);
                    // the baseline sits 3 px above the box's foot, so descenders stay inside it
                    labels.add(new Label(text, round(box.x() + 1), round(box.y() + h - 3), box));
                    break;
                }
            }
        }
        return labels;
    }

    private static ChartBox mark(Dot dot) {
        return new ChartBox(dot.cx() - RADIUS - 1, dot.cy() - RADIUS - 1, 2 * RADIUS + 2, 2 * RADIUS + 2);
    }

    private static List<ChartBox> candidates(Dot dot, double w, double h) {
        List<ChartBox> boxes = new ArrayList<>();
        for (double gap : new double[] { RADIUS + 3, RADIUS + 3 + h }) {
            boxes.add(new ChartBox(dot.cx() + gap, dot.cy() - h / 2, w, h));
            boxes.add(new ChartBox(dot.cx() - gap - w, dot.cy() - h / 2, w, h));
            boxes.add(new ChartBox(dot.cx() - w / 2, dot.cy() - gap - h, w, h));
            boxes.add(new ChartBox(dot.cx() - w / 2, dot.cy() + gap, w, h));
        }
        return boxes;
    }

    private static double xAt(double price, int lowDecade, int highDecade, ChartBox plot) {
        double share = (Math.log10(price) - lowDecade) / (highDecade - lowDecade);
        return plot.x() + share * plot.width();
    }

    private static double yAt(double value, double[] range, ChartBox plot) {
        double share = (value - range[0]) / (range[1] - range[0]);
        return plot.y() + plot.height() - share * plot.height();
    }

    /** A range from a round number below the lowest value to one above the highest, and its step. */
    static double[] niceRange(double min, double max) {
        if (max <= min) {
            max = min + 1;
        }
        double rough = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude;
        for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (m * magnitude >= rough) {
                step = m * magnitude;
                break;
            }
        }
        return new double[] { Math.floor(min / step) * step, Math.ceil(max / step) * step, step };
    }

    private static String number(double value, double step) {
        return step >= 1 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%." + (int) Math.ceil(-Math.log10(step)) + "f", value);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The chart as SVG markup, escaped ({@link QualityChartMarkup}). */
    public String svg() {
        String svg = markup.svg;
        if (svg == null) {
            svg = QualityChartMarkup.svg(this);
            markup.svg = svg;
        }
        return svg;
    }

    /** The rows of the table under the chart, escaped. */
    public String tableRows() {
        String rows = markup.tableRows;
        if (rows == null) {
            rows = QualityChartMarkup.tableRows(this);
            markup.tableRows = rows;
        }
        return rows;
    }

    /** The frontier's models, cheapest first: the ones nothing cheaper beats. */
    public List<Dot> frontierDots() {
        return dots.stream().filter(Dot::frontier).toList();
    }
}
