package com.llmcompare.web;

import java.util.List;

/** An axis-aligned rectangle in a chart's pixels: the room a label, a key or a mark takes. */
public record ChartBox(double x, double y, double width, double height) {

    public boolean intersects(ChartBox other) {
        return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
    }

    public boolean within(ChartBox outer) {
        return x >= outer.x && y >= outer.y && x + width <= outer.x + outer.width && y + height <= outer.y + outer.height;
    }

    /** Plain loops: a chart's label placement runs hundreds of these checks. {@code except} may be {@code null}. */
    public static boolean intersectsAny(ChartBox box, List<ChartBox> others, ChartBox except) {
        for (ChartBox other : others) {
            if (other != except && box.intersects(other)) {
                return true;
            }
        }
        return false;
    }
}
