package com.llmcompare.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws a comparison's 1200×630 share card (the Open Graph image) with the JDK's imaging: one row per model
 * with its name, its price at the stated mix and its score on one benchmark as a bar, the best marked. Six
 * models fit by shrinking the type ({@link #fontSize}), never by cutting a name.
 */
public final class ShareCard {

    public static final int WIDTH = 1200;

    public static final int HEIGHT = 630;

    private static final Color BACKGROUND = new Color(0x12, 0x14, 0x17);

    private static final Color FOREGROUND = new Color(0xE7, 0xEA, 0xEE);

    private static final Color MUTED = new Color(0xA3, 0xAC, 0xB8);

    private static final Color ACCENT = new Color(0x7D, 0xB8, 0xFF);

    private ShareCard() {
    }

    /** Where the model rows go: below the title, above the footer. */
    static final int ROWS_TOP = 250;

    static final int ROWS_BOTTOM = HEIGHT - 95;

    /** The name column: wide enough for most names at full size; a longer one shrinks the type. */
    static final int NAME_WIDTH = 560;

    static final int PRICE_X = 660;

    static final int BAR_X = 860;

    static final int BAR_WIDTH = 200;

    static final int MAX_FONT = 34;

    static final int MIN_FONT = 12;

    /**
     * One model's line on the card: its name, its price per 1M tokens at the stated mix (or why there is
     * none), and its score on the card's benchmark as a bar, the best one marked.
     */
    public record Row(String name, String price, Double score, String scoreText, boolean winner) {
    }

    /** A comparison's card: its rows, read off the comparison's own price-at-mix row and one benchmark row. */
    record Card(List<Row> rows, String scoreLabel) {
    }

    /**
     * The rows of a comparison's card. The bars show the capabilities index where any of the models has it,
     * else the benchmark most of them have; the best value of that row (as the table marks it) is the winner.
     */
    static Card card(Comparison comparison) {
        List<Comparison.Row> all = comparison.sections().stream().flatMap(sec -> sec.rows().stream()).toList();
        Comparison.Row price = all.stream().filter(r -> r.id().equals(ComparisonBuilder.MIX_ROW)).findFirst().orElse(null);
        java.util.function.ToLongFunction<Comparison.Row> valued = r -> r.cells().stream().filter(c -> c.number() != null).count();
        Comparison.Row score = all.stream()
            .filter(r -> r.id().equals("benchmark-eci") && valued.applyAsLong(r) > 0)
            .findFirst()
            .orElseGet(() -> all.stream()
                .filter(r -> r.id().startsWith("benchmark-") && valued.applyAsLong(r) > 0)
                .max(java.util.Comparator.comparingLong(valued))
                .orElse(null));
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < comparison.models().size(); i++) {
            Comparison.Cell p = price == null ? null : price.cells().get(i);
            Comparison.Cell c = score == null ? null : score.cells().get(i);
            // a missing price in one word: the column is narrow, the page says why
            String priceText = p == null ? "—" : !p.missing() ? p.text() : p.text().startsWith("retired") ? "retired"
                    : "no price";
            rows.add(new Row(comparison.models().get(i).getName(), priceText,
                    c == null ? null : c.number(), c == null ? null : c.text(), c != null && c.best()));
        }
        return new Card(rows, score == null ? null : score.label());
    }

    /** The type size the rows are drawn at: the largest at which every name fits its column and the rows fit. */
    static int fontSize(Graphics2D g, List<Row> rows) {
        int rowHeight = (ROWS_BOTTOM - ROWS_TOP) / Math.max(1, rows.size());
        int size = Math.min(MAX_FONT, (int) (rowHeight * 0.62));
        while (size > MIN_FONT) {
            FontMetrics metrics = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, size));
            if (rows.stream().allMatch(r -> metrics.stringWidth(r.name()) <= NAME_WIDTH)) {
                return size;
            }
            size--;
        }
        return MIN_FONT;
    }

    /**
     * @param scoreLabel the benchmark the bars show, such as "Epoch Capabilities Index"; null for none
     * @param priceLabel what the price column is, such as "USD / 1M tokens at 3:1"
     */
    public static byte[] png(String title, List<Row> rows, String priceLabel, String scoreLabel, String footer) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.setStroke(new BasicStroke(8));
            g.drawLine(60, 60, 200, 60);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
            g.drawString("LLM Compare", 60, 108);
            g.setColor(FOREGROUND);
            // more than two models: the rows name them, the title only counts them
            drawWrapped(g, rows.size() > 2 ? rows.size() + " models compared" : title,
                    new Font(Font.SANS_SERIF, Font.BOLD, 46), 60, 168, WIDTH - 120, 1);
            g.setColor(MUTED);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
            g.drawString(fit(g, priceLabel, BAR_X - PRICE_X - 16), PRICE_X, ROWS_TOP - 12);
            if (scoreLabel != null) {
                g.drawString(fit(g, scoreLabel, WIDTH - 60 - BAR_X), BAR_X, ROWS_TOP - 12);
            }
            int size = fontSize(g, rows);
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, size);
            int rowHeight = (ROWS_BOTTOM - ROWS_TOP) / Math.max(1, rows.size());
            double best = rows.stream().map(Row::score).filter(v -> v != null).mapToDouble(Double::doubleValue).max()
                .orElse(0);
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                int baseline = ROWS_TOP + i * rowHeight + (rowHeight + size) / 2 - 4;
                g.setFont(font);
                g.setColor(FOREGROUND);
                g.drawString(row.name(), 60, baseline);
                g.drawString(fit(g, row.price(), BAR_X - PRICE_X - 20), PRICE_X, baseline);
                if (row.score() != null && best > 0) {
                    int bar = (int) Math.round(Math.max(2, row.score() / best * BAR_WIDTH));
                    g.setColor(row.winner() ? ACCENT : MUTED);
                    g.fillRect(BAR_X, baseline - size * 2 / 3, bar, Math.max(6, size * 2 / 3));
                    g.setColor(FOREGROUND);
                    g.drawString(row.scoreText() + (row.winner() ? " ★" : ""), BAR_X + bar + 10, baseline);
                }
                else if (scoreLabel != null) {
                    g.setColor(MUTED);
                    g.drawString("no score", BAR_X, baseline);
                }
            }
            g.setColor(MUTED);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
            g.drawString(fit(g, footer, WIDTH - 120), 60, HEIGHT - 40);
        }
        finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** Draws text over at most {@code maxLines} lines; returns the baseline of the last line. */
    private static int drawWrapped(Graphics2D g, String text, Font font, int x, int y, int width, int maxLines) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        StringBuilder line = new StringBuilder();
        int lines = 0;
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty() && lines < maxLines - 1) {
                g.drawString(line.toString(), x, y + lines * metrics.getHeight());
                lines++;
                line = new StringBuilder(word);
            }
            else {
                line = new StringBuilder(candidate);
            }
        }
        g.drawString(fit(g, line.toString(), width), x, y + lines * metrics.getHeight());
        return y + lines * metrics.getHeight();
    }

    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && metrics.stringWidth(shortened + "…") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }
}
