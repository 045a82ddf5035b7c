package com.llmcompare.core.openness;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two sets of criteria an openness audit can rate: the European Open Source AI Index's 12
 * criteria (osai-index.eu, to 2026-06), used wherever the index covers a model, and the 14 features
 * of its predecessor, the "Opening up ChatGPT" tracker (Liesenfeld, Lopez &amp; Dingemanse, CUI '23),
 * kept where only the tracker (or our own reading of the sources in its terms) covers the model.
 */
public enum AuditCriteria {

    TRACKER("opening-up-chatgpt", "Opening up ChatGPT tracker", "liesenfeld-2023"),
    OSAI_INDEX("osai-index", "European Open Source AI Index", "osai-index");

    private final String id;

    private final String name;

    private final String creditId;

    AuditCriteria(String id, String name, String creditId) {
        this.id = id;
        this.name = name;
        this.creditId = creditId;
    }

    public static Optional<AuditCriteria> fromId(String id) {
        return Arrays.stream(values()).filter(criteria -> criteria.id.equals(id)).findFirst();
    }

    /** An audit file without {@code criteria} rates the tracker's 14 features. */
    public static AuditCriteria ofFile(String id) {
        return id == null ? TRACKER : fromId(id).orElseThrow();
    }

    /** As written in an audit file's {@code criteria} and in the JSON API. */
    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** The source (in {@code sources.json}) or catalogue credit (on {@code /sources}) that defines the criteria. */
    public String getCreditId() {
        return creditId;
    }

    /** Its criteria in the order the index or tracker lists them. */
    public List<OpennessFeature> getFeatures() {
        return Arrays.stream(OpennessFeature.values()).filter(feature -> feature.getCriteria() == this).toList();
    }

    public int size() {
        return getFeatures().size();
    }

    /** "European Open Source AI Index, 12 criteria". */
    public String getDescription() {
        return name + ", " + size() + (this == TRACKER ? " features" : " criteria");
    }
}
