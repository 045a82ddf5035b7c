package com.llmcompare.web;

import org.springframework.web.util.HtmlUtils;

import com.llmcompare.web.QualityPriceChart.Dot;
import com.llmcompare.web.QualityPriceChart.Label;
import com.llmcompare.web.QualityPriceChart.Tick;

/**
 * The quality chart's SVG and its table rows as markup, written here rather than by the template: a chart of
 * 90 points is some 1,500 template expressions, about 4 ms of every uncached page that shows it (bench/README),
 * and a few microseconds this way. Every text and attribute value goes through {@link HtmlUtils#htmlEscape}.
 * {@code fragments/quality-chart} keeps the figure around it: the benchmark switch, the legend and the caption.
 */
final class QualityChartMarkup {

    private QualityChartMarkup() {
    }

    static String svg(QualityPriceChart c) {
        StringBuilder out = new StringBuilder(16_384);
        ChartBox p = c.plot();
        out.append("<svg class=\"chart scatter\" role=\"group\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .append(c.width()).append(' ').append(c.height()).append("\" width=\"").append(c.width())
            .append("\" height=\"").append(c.height())
            .append("\" aria-labelledby=\"quality-chart-title quality-chart-desc\">\n");
        out.append("<title id=\"quality-chart-title\">").append(esc(c.title())).append("</title>\n");
        out.append("<desc id=\"quality-chart-desc\">").append(esc(c.description())).append("</desc>\n<g class=\"grid\">");
        for (Tick t : c.xTicks()) {
            line(out, t.position(), t.position(), p.y(), p.y() + p.height());
        }
        for (Tick t : c.yTicks()) {
            line(out, p.x(), p.x() + p.width(), t.position(), t.position());
        }
        out.append("</g>\n<rect class=\"frame\" x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y()))
            .append("\" width=\"").append(n(p.width())).append("\" height=\"").append(n(p.height())).append("\"/>\n");
        for (Tick t : c.xTicks()) {
            text(out, "middle", null, t.position(), p.y() + p.height() + 16, t.label());
        }
        for (Tick t : c.yTicks()) {
            text(out, "end", null, p.x() - 6, t.position() + 4, t.label());
        }
        text(out, "middle", "axis-title", p.x() + p.width() / 2, c.height() - 18, c.xTitle());
        if (!c.frontier().isEmpty()) {
            out.append("<polyline class=\"frontier\" points=\"").append(esc(c.frontier())).append("\"/>\n");
        }
        for (Dot d : c.dots()) {
            QualityPriceChart.Point pt = d.point();
            String title = esc(d.title());
            out.append("<a href=\"").append(esc(pt.link())).append("\" class=\"point ").append(pt.open() ? "open" : "closed")
                .append(pt.retired() ? " retired" : "").append(pt.ringed() ? " ringed" : "")
                .append(d.frontier() ? " on-frontier" : "").append("\" data-model=\"").append(esc(pt.slug()))
                .append("\" aria-label=\"").append(title).append("\"><title>").append(title).append("</title>");
            if (pt.ringed()) {
                out.append("<circle class=\"ring\" r=\"10\" cx=\"").append(n(d.cx())).append("\" cy=\"").append(n(d.cy()))
                    .append("\"/>");
            }
            if (pt.open()) {
                out.append("<rect class=\"mark\" width=\"9\" height=\"9\" x=\"").append(n(d.cx() - 4.5)).append("\" y=\"")
                    .append(n(d.cy() - 4.5)).append("\"/>");
            }
            else {
                out.append("<circle class=\"mark\" r=\"5\" cx=\"").append(n(d.cx())).append("\" cy=\"").append(n(d.cy()))
                    .append("\"/>");
            }
            out.append("</a>\n");
        }
        for (Label l : c.labels()) {
            text(out, null, "point-label", l.x(), l.y(), l.text());
        }
        return out.append("</svg>").toString();
    }

    /** The table under the chart: a row per point, as the chart draws them. */
    static String tableRows(QualityPriceChart c) {
        StringBuilder out = new StringBuilder(16_384);
        for (Dot d : c.dots()) {
            QualityPriceChart.Point pt = d.point();
            out.append("<tr><th scope=\"row\"><a href=\"").append(esc(pt.link())).append("\">").append(esc(pt.name()))
                .append("</a>").append(pt.retired() ? " <span class=\"badge badge-warn\">retired</span>" : "")
                .append("</th><td>").append(pt.open() ? "open" : "closed").append("</td><td class=\"num\">")
                .append(esc(pt.xText())).append("</td><td class=\"num\">").append(esc(pt.yText())).append("</td><td>")
                .append(d.frontier() ? "on the frontier" : "").append("</td></tr>\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, double x1, double x2, double y1, double y2) {
        out.append("<line x1=\"").append(n(x1)).append("\" x2=\"").append(n(x2)).append("\" y1=\"").append(n(y1))
            .append("\" y2=\"").append(n(y2)).append("\"/>");
    }

    private static void text(StringBuilder out, String anchor, String styleClass, double x, double y, String text) {
        out.append("<text");
        if (styleClass != null) {
            out.append(" class=\"").append(styleClass).append('"');
        }
        if (anchor != null) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        out.append(" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\">").append(esc(text)).append("</text>\n");
    }

    /** Coordinates to a tenth, without a trailing ".0". */
    static String n(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + (abs / 10) + (abs % 10 == 0 ? "" : "." + abs % 10);
    }

    private static String esc(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return HtmlUtils.htmlEscape(text);
            }
        }
        // most names and figures have nothing to escape
        return text;
    }
}
