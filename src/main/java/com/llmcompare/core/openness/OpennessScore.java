package com.llmcompare.core.openness;

/**
 * The openness score of an audit: open 1, partial ½, closed 0, averaged over the assessed
 * features only. Derived from the ratings, never typed.
 */
public record OpennessScore(int open, int partial, int closed, int notApplicable, int notAssessed) {

    public int assessed() {
        return open + partial + closed;
    }

    public double points() {
        return open + partial * 0.5;
    }

    /** 0 to 1, or null when no feature is assessed. */
    public Double value() {
        return assessed() == 0 ? null : points() / assessed();
    }

    /** "0.18", or "no score" when nothing is assessed. */
    public String text() {
        Double value = value();
        return value == null ? "no score" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    /** How the score was reached: "2 points over 11 assessed features (4 partial, 7 closed)". */
    public String working() {
        String points = points() % 1 == 0 ? String.valueOf((int) points()) : String.valueOf(points());
        return points + " point" + (points() == 1 ? "" : "s") + " over " + assessed() + " assessed feature"
                + (assessed() == 1 ? "" : "s") + " (" + open + " open, " + partial + " partial, " + closed
                + " closed); " + notApplicable + " not applicable and " + notAssessed + " not assessed left out";
    }
}
