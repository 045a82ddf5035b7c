package com.llmcompare.core.openness;

/**
 * How open a model is, derived from its facts and never typed by hand: closed
 * when the weights cannot be downloaded; open source when they can, under an OSI-approved
 * licence, with public training code and documented training data; open weights otherwise.
 */
public enum OpennessLevel {

    OPEN_SOURCE("open-source", "Open source"),
    OPEN_WEIGHTS("open-weights", "Open weights"),
    CLOSED("closed", "Closed");

    private final String slug;

    private final String label;

    OpennessLevel(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public static OpennessLevel of(boolean weightsDownloadable, boolean osiApprovedLicense,
            boolean trainingCodePublic, boolean trainingDataDocumented) {
        if (!weightsDownloadable) {
            return CLOSED;
        }
        if (osiApprovedLicense && trainingCodePublic && trainingDataDocumented) {
            return OPEN_SOURCE;
        }
        return OPEN_WEIGHTS;
    }

    /** The one-sentence reason for a model's level, naming what it lacks. */
    public static String reason(boolean weightsDownloadable, boolean osiApprovedLicense, boolean trainingCodePublic,
            boolean trainingDataDocumented, String licenseName) {
        if (!weightsDownloadable) {
            return "Closed: the weights cannot be downloaded; the model is used through the vendor's service only.";
        }
        if (osiApprovedLicense && trainingCodePublic && trainingDataDocumented) {
            return "Open source: downloadable weights under " + licenseName
                    + " (OSI-approved), with public training code and documented training data.";
        }
        StringBuilder missing = new StringBuilder();
        if (!osiApprovedLicense) {
            missing.append("its licence (").append(licenseName).append(") is not OSI-approved");
        }
        if (!trainingCodePublic) {
            missing.append(missing.isEmpty() ? "" : ", ").append("the training code is not public");
        }
        if (!trainingDataDocumented) {
            missing.append(missing.isEmpty() ? "" : ", ").append("the training data is not documented");
        }
        return "Open weights: the weights can be downloaded, but " + missing + ".";
    }

    public static OpennessLevel fromSlug(String slug) {
        for (OpennessLevel level : values()) {
            if (level.slug.equals(slug)) {
                return level;
            }
        }
        return null;
    }

    public String getSlug() {
        return slug;
    }

    public String getLabel() {
        return label;
    }
}
