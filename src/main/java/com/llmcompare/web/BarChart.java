package com.llmcompare.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart, computed here and drawn as inline SVG by the
 * {@code fragments/chart} template (so it shows without JavaScript and in shared links).
 */
public record BarChart(String title, String description, int width, int height, int labelWidth, List<Bar> bars) {

    /** The label column's width when names are short; a longer name widens it, never cut. */
    private static final int LABEL_WIDTH = 230;

    /** Labels are 12-px monospace (0.6em: 7.2 px a character, site.css), so their width is known here. */
    static final double LABEL_CHAR_WIDTH = 7.3;

    private static final int ROW_HEIGHT = 28;

    private static final int VALUE_LABEL_WIDTH = 80;

    /** One bar: its label, the value's text and the bar's position. */
    public record Bar(String label, String valueText, int y, int barWidth, int textX, boolean alternate) {
    }

    /** An input row: label, value, how to print it, and whether to draw it in the alternate colour. */
    public record Entry(String label, double value, String valueText, boolean alternate) {
    }

    public static BarChart of(String title, String description, List<Entry> entries, double maxValue, int width) {
        int plotWidth = width - LABEL_WIDTH - VALUE_LABEL_WIDTH;
        int labelWidth = Math.max(LABEL_WIDTH, (int) Math.ceil(entries.stream()
            .mapToInt(e -> e.label().length())
            .max()
            .orElse(0) * LABEL_CHAR_WIDTH) + 12);
        double max = maxValue > 0 ? maxValue : entries.stream().mapToDouble(Entry::value).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int barWidth = (int) Math.round(Math.max(0, entry.value()) / max * plotWidth);
            bars.add(new Bar(entry.label(), entry.valueText(), 10 + i * ROW_HEIGHT, Math.max(barWidth, 1),
                    labelWidth + barWidth + 6, entry.alternate()));
        }
        return new BarChart(title, description, labelWidth + plotWidth + VALUE_LABEL_WIDTH,
                20 + entries.size() * ROW_HEIGHT, labelWidth, bars);
    }

    public int getBarHeight() {
        return ROW_HEIGHT - 8;
    }
}
