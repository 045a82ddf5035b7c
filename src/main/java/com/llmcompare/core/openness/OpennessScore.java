package com.llmcompare.core.openness;

import java.util.Locale;

/**
 * The openness score of an audit: open 1, partial ½, closed 0, averaged over the assessed criteria
 * only. Derived from the ratings, never typed. Every score states its coverage ("7 of 12 criteria
 * assessed"), and a score that rests on fewer than half of its audit's criteria is no score at all:
 * "too little evidence" (three catalogue facts rated out of 14 features say little about openness).
 * Such a model is left out by a minimum score, sorted after the audited models, and has no
 * transparency datum in the decision helper.
 */
public record OpennessScore(int open, int partial, int closed, int notApplicable, int notAssessed) {

    public int assessed() {
        return open + partial + closed;
    }

    /** How many criteria the audit has: 14 for the tracker, 12 for the index. */
    public int criteria() {
        return assessed() + notApplicable + notAssessed;
    }

    public double points() {
        return open + partial * 0.5;
    }

    /** Fewer than half of the audit's criteria assessed (not applicable ones count as not assessed). */
    public boolean tooLittleEvidence() {
        return assessed() * 2 < criteria();
    }

    /** 0 to 1, or null when there is too little evidence for a score. */
    public Double value() {
        return tooLittleEvidence() ? null : measured();
    }

    /** The average over whatever is assessed, even too little of it; null when nothing is. */
    public Double measured() {
        return assessed() == 0 ? null : points() / assessed();
    }

    /** "0.18", or "too little evidence". */
    public String text() {
        Double value = value();
        return value == null ? "too little evidence" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** "7 of 12 criteria assessed". */
    public String coverage() {
        return assessed() + " of " + criteria() + " criteria assessed";
    }

    /** How the score was reached: "2 points over 11 assessed criteria (…)", or why there is none. */
    public String working() {
        String points = points() % 1 == 0 ? String.valueOf((int) points()) : String.valueOf(points());
        String ratings = open + " open, " + partial + " partial, " + closed + " closed; " + notApplicable
                + " not applicable and " + notAssessed + " not assessed";
        if (tooLittleEvidence()) {
            return coverage() + ", fewer than half: too little evidence for a score (" + ratings + ")";
        }
        return points + " point" + (points() == 1 ? "" : "s") + " over " + assessed() + " assessed criteri"
                + (assessed() == 1 ? "on" : "a") + " (" + ratings + " left out); " + coverage();
    }
}
