package com.llmcompare.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.llmcompare.core.calendar.PartialDates;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.TokenMix;
import com.llmcompare.web.Formats;

/**
 * A model's prices through time, drawn on the server: one step line per offer (provider, offer and usage)
 * of its price per 1M tokens at the default mix ({@link TokenMix}), from each price's first day to its last
 * (or today), over the years the data set's history covers. The y axis is linear from 0 when the prices
 * are within ten times of each other, else logarithmic. Each line ends in its letter, which the list under
 * the chart names; the letters are pushed apart so none touches another.
 */
public record PriceHistoryChart(int width, int height, int plotLeft, int plotTop, int plotWidth, int plotHeight,
        boolean logScale, List<Tick> xTicks, List<Tick> yTicks, List<Line> lines) {

    private static final Formats FORMATS = new Formats();

    private static final int WIDTH = 640;

    private static final int LEFT = 64;

    private static final int RIGHT = 36;

    private static final int TOP = 12;

    private static final int PLOT_HEIGHT = 180;

    /** A letter's height, and so the least gap between two line ends' letters. */
    static final int KEY_GAP = 13;

    public record Tick(double position, String label) {
    }

    /**
     * One offer's line: SVG polyline points, its letter at ({@code keyX}, {@code keyY}), and what the list says
     * of it: the offer, and each of its prices with the days it held.
     */
    public record Line(String key, String label, String points, double keyX, double keyY, List<String> steps,
            String styleClass) {
    }

    /** A price of one offer over its days, at the mix. */
    private record Step(LocalDate from, LocalDate until, double perMillion, String text) {
    }

    /** {@code null} when the model has no per-token price with a known first day up to today. */
    public static PriceHistoryChart of(List<Price> prices, LocalDate today) {
        Map<String, List<Step>> byOffer = new LinkedHashMap<>();
        for (Price price : prices.stream().sorted(Comparator.comparing(Price::getValidFrom)).toList()) {
            if (!price.isPerToken()) {
                continue;
            }
            LocalDate from = PartialDates.earliest(price.getValidFrom());
            LocalDate until = price.getValidUntil() == null ? today : PartialDates.earliest(price.getValidUntil());
            if (until.isAfter(today)) {
                until = today;
            }
            if (from.isAfter(today) || !until.isAfter(from)) {
                continue;
            }
            BigDecimal atMix = TokenMix.DEFAULT.perMillion(price).orElseThrow();
            String key = price.getProvider() + " — " + price.getOffer()
                    + (Price.STANDARD.equals(price.getUsage()) ? "" : " (" + price.getUsage() + ")");
            byOffer.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Step(from, until, atMix.doubleValue(), FORMATS.usdPrecise(atMix) + " from " + price.getValidFrom()
                        + (price.getValidUntil() == null ? "" : " to " + price.getValidUntil())));
        }
        if (byOffer.isEmpty()) {
            return null;
        }
        List<Step> all = byOffer.values().stream().flatMap(List::stream).toList();
        LocalDate start = all.stream().map(Step::from).min(Comparator.naturalOrder()).orElseThrow().withDayOfYear(1);
        LocalDate end = today;
        double low = all.stream().mapToDouble(Step::perMillion).filter(v -> v > 0).min().orElse(1);
        double high = all.stream().mapToDouble(Step::perMillion).max().orElse(1);
        boolean log = low > 0 && high / low > 10;
        double yMin = log ? Math.pow(10, Math.floor(Math.log10(low))) : 0;
        double yMax = log ? Math.pow(10, Math.ceil(Math.log10(high))) : niceAbove(high);
        int plotWidth = WIDTH - LEFT - RIGHT;
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        java.util.function.Function<LocalDate, Double> x = day -> round(LEFT + ChronoUnit.DAYS.between(start, day) / days
                * plotWidth);
        java.util.function.DoubleUnaryOperator y = value -> {
            double share = log ? (Math.log10(Math.max(value, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))
                    : value / yMax;
            return round(TOP + PLOT_HEIGHT - share * PLOT_HEIGHT);
        };
        List<Line> lines = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<Step>> offer : byOffer.entrySet()) {
            StringBuilder points = new StringBuilder();
            double lastX = 0;
            double lastY = 0;
            for (Step step : offer.getValue()) {
                double x1 = x.apply(step.from());
                double x2 = x.apply(step.until());
                double yy = y.applyAsDouble(step.perMillion());
                points.append(points.isEmpty() ? "" : " ").append(x1).append(',').append(yy).append(' ').append(x2)
                    .append(',').append(yy);
                lastX = x2;
                lastY = yy;
            }
            lines.add(new Line(key(i), offer.getKey(), points.toString(), lastX + 4, lastY + 4,
                    offer.getValue().stream().map(Step::text).toList(), "series series-" + (i % 8)));
            i++;
        }
        List<Tick> yTicks = new ArrayList<>();
        if (log) {
            for (double v = yMin; v <= yMax * 1.0001; v *= 10) {
                // cents as cents ("$0.10"), whole dollars compact ("$10", "$1K")
                yTicks.add(new Tick(y.applyAsDouble(v), v < 1 ? FORMATS.usdPrecise(BigDecimal.valueOf(v)) : FORMATS.compactUsd(v)));
            }
        }
        else {
            for (int step = 0; step <= 4; step++) {
                double v = yMax * step / 4;
                yTicks.add(new Tick(y.applyAsDouble(v), FORMATS.usdPrecise(BigDecimal.valueOf(v).stripTrailingZeros())));
            }
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            xTicks.add(new Tick(x.apply(LocalDate.of(year, 1, 1)), String.valueOf(year)));
        }
        return new PriceHistoryChart(WIDTH, TOP + PLOT_HEIGHT + 40, LEFT, TOP, plotWidth, PLOT_HEIGHT, log, xTicks, yTicks,
                spreadKeys(lines));
    }

    /** Letters at the lines' ends, moved down (then up, within the plot) until no two are closer than a letter. */
    static List<Line> spreadKeys(List<Line> lines) {
        List<Line> byY = new ArrayList<>(lines);
        byY.sort(Comparator.comparingDouble(Line::keyY));
        double[] ys = byY.stream().mapToDouble(Line::keyY).toArray();
        for (int k = 1; k < ys.length; k++) {
            ys[k] = Math.max(ys[k], ys[k - 1] + KEY_GAP);
        }
        double bottom = TOP + PLOT_HEIGHT + 4;
        for (int k = ys.length - 1; k >= 0; k--) {
            double limit = k == ys.length - 1 ? bottom : ys[k + 1] - KEY_GAP;
            ys[k] = Math.min(ys[k], limit);
        }
        // more lines than the plot has room for letters: the first ones stay at the top, touching
        for (int k = 0; k < ys.length; k++) {
            ys[k] = Math.max(ys[k], TOP + 10);
        }
        Map<Line, Double> moved = new java.util.IdentityHashMap<>();
        for (int k = 0; k < byY.size(); k++) {
            moved.put(byY.get(k), ys[k]);
        }
        return lines.stream()
            .map(l -> new Line(l.key(), l.label(), l.points(), l.keyX(), moved.get(l), l.steps(), l.styleClass()))
            .toList();
    }

    static String key(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : key(index / 26 - 1) + letter;
    }

    private static double niceAbove(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (step * magnitude >= value * 1.05) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
