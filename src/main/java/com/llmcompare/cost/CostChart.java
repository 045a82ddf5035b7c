package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

import com.llmcompare.web.ChartBox;
import com.llmcompare.web.Formats;

/**
 * The geometry of the chart of monthly cost against monthly tokens, both on log scales, computed
 * here and drawn as inline SVG by the {@code cost/chart} template (so it shows without JavaScript
 * and in shared links). An API or on-demand hosting is a cost per token, a straight line; always-on
 * hosting is a fixed cost per replica, a staircase that steps up each time another replica is needed.
 * Doubles are fine here: this is drawing, not money.
 * <p>
 * Read without colour: each line carries a lettered key on it (A, B, …) that the legend repeats, and each
 * crossing's number sits where it touches no other number, key or marker and stays in the plot. Keys and
 * numbers are set in an 11 px monospace font, so their boxes are known here.
 */
public record CostChart(String title, String description, int width, int height, int plotLeft, int plotTop,
        int plotWidth, int plotHeight, List<Tick> xTicks, List<Tick> yTicks, List<Series> series,
        List<Marker> crossings, Marker workload, List<LegendEntry> legend) {

    private static final Formats FORMATS = new Formats();

    private static final int WIDTH = 760;

    private static final int LEFT = 72;

    private static final int RIGHT = 24;

    private static final int TOP = 16;

    private static final int PLOT_HEIGHT = 320;

    private static final int AXIS_LABELS = 56;

    private static final int LEGEND_ROW = 20;

    private static final int SAMPLES = 120;

    private static final int STYLES = 8;

    /** An 11 px monospace character's advance, rounded up (DejaVu Sans Mono: 6.6 px). */
    static final double CHAR_WIDTH = 7.0;

    /** A key: its letter in a square on the line. */
    static final int KEY_SIZE = 14;

    static final int TEXT_HEIGHT = 13;

    /** What one option costs a month at a monthly volume of workload tokens. */
    public sealed interface Line permits Rate, AlwaysOn {

        String label();

        /**
         * What it costs a month at a monthly volume, as doubles read from the decimals once: the chart
         * samples each line a hundred times, and a BigDecimal's doubleValue() is slow.
         */
        DoubleUnaryOperator monthlyCost();
    }

    /** A cost per token: an API, or on-demand hosting ({@code dashed}). */
    public record Rate(String label, BigDecimal perToken, boolean dashed) implements Line {

        @Override
        public DoubleUnaryOperator monthlyCost() {
            double rate = perToken.doubleValue();
            return volume -> rate * volume;
        }
    }

    /** A fixed monthly cost per replica that serves up to {@code capacity} tokens a month. */
    public record AlwaysOn(String label, BigDecimal monthly, BigDecimal capacity) implements Line {

        @Override
        public DoubleUnaryOperator monthlyCost() {
            double replica = monthly.doubleValue();
            double served = capacity.doubleValue();
            return volume -> Math.max(1, Math.ceil(volume / served)) * replica;
        }
    }

    /** A point where two lines cross: the break-even volume and the cost there. */
    public record Crossing(String label, BigDecimal volume, BigDecimal cost) {
    }

    public record Tick(double position, String label) {
    }

    /**
     * One line as SVG polyline points, styled by {@code styleClass}, with its key letter in {@code keyBox} on
     * the line ({@code null} where the line has no free room in the plot; the legend still names it).
     */
    public record Series(String label, String points, String styleClass, String key, ChartBox keyBox) {
    }

    /**
     * A marked point with its label's box ({@code null} for the workload, labelled at the plot's foot, and
     * for a crossing with no free room); the label's text is centred at ({@code labelX}, {@code labelY}).
     */
    public record Marker(double x, double y, String label, String title, double labelX, double labelY,
            ChartBox labelBox) {
    }

    public record LegendEntry(double y, String label, String styleClass, String key) {
    }

    public static CostChart of(List<? extends Line> lines, List<Crossing> crossings, BigDecimal workloadVolume) {
        List<Double> interesting = new ArrayList<>();
        crossings.stream().map(c -> c.volume().doubleValue()).filter(v -> v > 0).forEach(interesting::add);
        double workload = workloadVolume == null ? 0 : workloadVolume.doubleValue();
        if (workload > 0) {
            interesting.add(workload);
        }
        double xMin = 1e4;
        double xMax = 1e12;
        if (!interesting.isEmpty()) {
            xMin = Math.max(1e2, decadeBelow(interesting.stream().min(Double::compare).orElseThrow()) / 100);
            xMax = Math.min(1e16, decadeAbove(interesting.stream().max(Double::compare).orElseThrow()) * 100);
            if (xMax / xMin < 1e4) {
                xMax = xMin * 1e4;
            }
        }
        List<double[]> sampled = new ArrayList<>();
        double yLow = Double.MAX_VALUE;
        double yHigh = 0;
        for (Line line : lines) {
            double[] costs = new double[SAMPLES + 1];
            DoubleUnaryOperator monthlyCost = line.monthlyCost();
            for (int i = 0; i <= SAMPLES; i++) {
                costs[i] = monthlyCost.applyAsDouble(sample(xMin, xMax, i));
                if (costs[i] > 0) {
                    yLow = Math.min(yLow, costs[i]);
                    yHigh = Math.max(yHigh, costs[i]);
                }
            }
            sampled.add(costs);
        }
        double yMin = yHigh == 0 ? 1 : decadeBelow(yLow);
        double yMax = yHigh == 0 ? 100 : decadeAbove(yHigh);
        if (yMax <= yMin) {
            yMax = yMin * 10;
        }
        // Twelve decades of dollars is more than anyone reads; cheaper lines run along the bottom edge.
        yMin = Math.max(yMin, yMax / 1e12);
        Scale x = new Scale(xMin, xMax, LEFT, LEFT + WIDTH - LEFT - RIGHT);
        Scale y = new Scale(yMin, yMax, TOP + PLOT_HEIGHT, TOP);

        ChartBox plot = new ChartBox(LEFT, TOP, WIDTH - LEFT - RIGHT, PLOT_HEIGHT);
        List<ChartBox> taken = new ArrayList<>();
        Marker workloadMarker = null;
        if (workload >= xMin && workload <= xMax) {
            double labelY = TOP + PLOT_HEIGHT - 6;
            workloadMarker = new Marker(x.at(workload), TOP, "your workload",
                    "Your workload: " + FORMATS.compact(workload) + " tokens a month", x.at(workload) + 4, labelY, null);
            // its label is in the page's proportional font: counted at a monospace advance, which is wider
            taken.add(new ChartBox(x.at(workload) + 4, labelY - 11, "your workload".length() * CHAR_WIDTH, TEXT_HEIGHT));
        }
        List<double[]> crossingPoints = new ArrayList<>();
        for (Crossing crossing : crossings) {
            double volume = crossing.volume().doubleValue();
            if (volume >= xMin && volume <= xMax) {
                double[] at = { x.at(volume), y.at(Math.max(crossing.cost().doubleValue(), yMin)) };
                crossingPoints.add(at);
                taken.add(new ChartBox(at[0] - 7, at[1] - 7, 14, 14));
            } else {
                crossingPoints.add(null);
            }
        }
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < crossings.size(); i++) {
            double[] at = crossingPoints.get(i);
            if (at != null) {
                String number = String.valueOf(i + 1);
                ChartBox box = firstFree(crossingLabelCandidates(at[0], at[1], number.length() * CHAR_WIDTH + 2), plot,
                        taken);
                if (box != null) {
                    taken.add(box);
                }
                markers.add(new Marker(at[0], at[1], number, crossings.get(i).label(),
                        box == null ? at[0] : box.x() + box.width() / 2, box == null ? at[1] - 9 : box.y() + 10, box));
            }
        }
        List<Series> series = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        int legendTop = TOP + PLOT_HEIGHT + AXIS_LABELS;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            // Eight colours; past them the colours come round again, dotted, so no two lines look alike.
            String style = "series series-" + (i % STYLES) + (i >= STYLES ? " series-dotted" : "")
                    + (line instanceof Rate rate && rate.dashed() ? " series-dashed" : "");
            String points = line instanceof AlwaysOn alwaysOn ? staircase(alwaysOn, x, y, sampled.get(i))
                    : straight(sampled.get(i), x, y);
            String key = key(i);
            ChartBox keyBox = firstFree(keyCandidates(sampled.get(i), i, lines.size(), x, y, key), plot, taken);
            if (keyBox != null) {
                taken.add(keyBox);
            }
            series.add(new Series(line.label(), points, style, key, keyBox));
            legend.add(new LegendEntry(legendTop + i * LEGEND_ROW, line.label(), style, key));
        }
        int height = legendTop + lines.size() * LEGEND_ROW + 8;
        return new CostChart("Monthly cost against monthly tokens", describe(lines, crossings), WIDTH, height, LEFT,
                TOP, WIDTH - LEFT - RIGHT, PLOT_HEIGHT, ticks(x, true), ticks(y, false), series, markers,
                workloadMarker, legend);
    }

    /** A, B, …, Z, AA, AB, …: the key of the line at {@code index}. */
    static String key(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : key(index / 26 - 1) + letter;
    }

    /** The first candidate inside the plot that touches nothing taken, or {@code null}. */
    private static ChartBox firstFree(List<ChartBox> candidates, ChartBox plot, List<ChartBox> taken) {
        for (ChartBox box : candidates) {
            if (box.within(plot) && !ChartBox.intersectsAny(box, taken, null)) {
                return box;
            }
        }
        return null;
    }

    /** Above, below, right and left of a crossing's circle, then further out. */
    private static List<ChartBox> crossingLabelCandidates(double cx, double cy, double width) {
        List<ChartBox> boxes = new ArrayList<>();
        for (int gap : new int[] { 8, 16, 24 }) {
            boxes.add(new ChartBox(cx - width / 2, cy - gap - TEXT_HEIGHT, width, TEXT_HEIGHT));
            boxes.add(new ChartBox(cx - width / 2, cy + gap, width, TEXT_HEIGHT));
            boxes.add(new ChartBox(cx + gap, cy - TEXT_HEIGHT / 2.0, width, TEXT_HEIGHT));
            boxes.add(new ChartBox(cx - gap - width, cy - TEXT_HEIGHT / 2.0, width, TEXT_HEIGHT));
        }
        return boxes;
    }

    /**
     * Squares centred on the line at its samples, starting a share of the way along that spreads the keys
     * of several lines apart, then stepping out either side.
     */
    private static List<ChartBox> keyCandidates(double[] costs, int index, int count, Scale x, Scale y, String key) {
        double size = Math.max(KEY_SIZE, key.length() * CHAR_WIDTH + 4);
        int start = (int) Math.round(SAMPLES * (index + 1.0) / (count + 1));
        List<ChartBox> boxes = new ArrayList<>();
        for (int step = 0; step <= SAMPLES; step++) {
            for (int sample : step == 0 ? new int[] { start } : new int[] { start + step, start - step }) {
                if (sample >= 0 && sample <= SAMPLES) {
                    double cx = x.at(sample(x.min, x.max, sample));
                    double cy = y.at(costs[sample]);
                    boxes.add(new ChartBox(cx - size / 2, cy - KEY_SIZE / 2.0, size, KEY_SIZE));
                }
            }
        }
        return boxes;
    }

    private static String describe(List<? extends Line> lines, List<Crossing> crossings) {
        String options = lines.stream().map(Line::label).collect(Collectors.joining("; "));
        String points = crossings.isEmpty() ? "no crossing points"
                : crossings.size() + " crossing " + (crossings.size() == 1 ? "point" : "points") + ": "
                        + crossings.stream().map(Crossing::label).collect(Collectors.joining("; "));
        return "Monthly cost in USD against monthly tokens, both on log scales, one line per option (" + options
                + "); " + points + ".";
    }

    private static double sample(double min, double max, int i) {
        return Math.pow(10, Math.log10(min) + (Math.log10(max) - Math.log10(min)) * i / SAMPLES);
    }

    private static String straight(double[] costs, Scale x, Scale y) {
        Polyline points = new Polyline();
        for (int i = 0; i <= SAMPLES; i++) {
            points.add(x.at(sample(x.min, x.max, i)), y.at(costs[i]));
        }
        return points.toString();
    }

    /** Drawn exactly while the steps are few enough to see; beyond that, sampled. */
    private static String staircase(AlwaysOn line, Scale x, Scale y, double[] sampled) {
        double capacity = line.capacity().doubleValue();
        double monthly = line.monthly().doubleValue();
        if (x.max / capacity > 200) {
            return straight(sampled, x, y);
        }
        Polyline points = new Polyline();
        double volume = x.min;
        int replicas = (int) Math.max(1, Math.ceil(x.min / capacity));
        points.add(x.at(volume), y.at(replicas * monthly));
        while (replicas * capacity < x.max) {
            double step = replicas * capacity;
            points.add(x.at(step), y.at(replicas * monthly));
            replicas++;
            points.add(x.at(step), y.at(replicas * monthly));
        }
        points.add(x.at(x.max), y.at(replicas * monthly));
        return points.toString();
    }

    /**
     * SVG polyline points with one decimal, as {@code String.format("%.1f,%.1f")} would write them, without
     * its cost (a tenth of an uncached cost page's time in JFR): a chart has hundreds of points.
     */
    static final class Polyline {

        private final StringBuilder points = new StringBuilder(2048);

        void add(double x, double y) {
            if (!points.isEmpty()) {
                points.append(' ');
            }
            tenths(x);
            points.append(',');
            tenths(y);
        }

        private void tenths(double value) {
            long tenths = Math.round(value * 10);
            if (tenths < 0) {
                points.append('-');
                tenths = -tenths;
            }
            points.append(tenths / 10).append('.').append(tenths % 10);
        }

        @Override
        public String toString() {
            return points.toString();
        }
    }

    private static List<Tick> ticks(Scale scale, boolean tokens) {
        List<Tick> ticks = new ArrayList<>();
        int from = (int) Math.round(Math.log10(scale.min));
        int to = (int) Math.round(Math.log10(scale.max));
        int every = to - from > 8 ? 2 : 1;
        for (int exponent = from; exponent <= to; exponent += every) {
            double value = Math.pow(10, exponent);
            ticks.add(new Tick(scale.at(value), tokens ? FORMATS.compact(value) : FORMATS.compactUsd(value)));
        }
        return ticks;
    }

    private static double decadeBelow(double value) {
        return Math.pow(10, Math.floor(Math.log10(value)));
    }

    private static double decadeAbove(double value) {
        double decade = Math.pow(10, Math.ceil(Math.log10(value)));
        return decade == value ? decade * 10 : decade;
    }

    /** Maps a value on a log scale to a pixel position between {@code from} and {@code to}. */
    private record Scale(double min, double max, double from, double to) {

        double at(double value) {
            double clamped = Math.min(Math.max(value, min), max);
            double share = (Math.log10(clamped) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
            return Math.round((from + share * (to - from)) * 10) / 10.0;
        }
    }
}
