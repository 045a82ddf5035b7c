package com.llmcompare.core.openness;

import java.util.Arrays;
import java.util.Optional;

/**
 * How open one feature is. Open counts 1, partial ½ and closed 0 towards the openness score;
 * "not applicable" (the RL features of a base model) and "not assessed" (no source found) are
 * left out of it rather than counted as closed.
 */
public enum FeatureStatus {

    OPEN("open", "open", "●", 1.0),
    PARTIAL("partial", "partial", "◐", 0.5),
    CLOSED("closed", "closed", "○", 0.0),
    NOT_APPLICABLE("not-applicable", "not applicable", "–", null),
    NOT_ASSESSED("not-assessed", "not assessed", "?", null);

    private final String slug;

    private final String label;

    private final String symbol;

    private final Double points;

    FeatureStatus(String slug, String label, String symbol, Double points) {
        this.slug = slug;
        this.label = label;
        this.symbol = symbol;
        this.points = points;
    }

    public static Optional<FeatureStatus> fromSlug(String slug) {
        return Arrays.stream(values()).filter(status -> status.slug.equals(slug)).findFirst();
    }

    /** Open, partial or closed: a rating backed by a source. */
    public boolean isAssessed() {
        return points != null;
    }

    public String getSlug() {
        return slug;
    }

    public String getLabel() {
        return label;
    }

    /** A shape that tells the statuses apart without colour. */
    public String getSymbol() {
        return symbol;
    }

    /** 1, ½ or 0; null when the feature does not count. */
    public Double getPoints() {
        return points;
    }
}
