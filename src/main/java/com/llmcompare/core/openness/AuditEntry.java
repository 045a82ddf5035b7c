package com.llmcompare.core.openness;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One feature of a model's openness audit: its rating, the one-line reason and the source. */
@Embeddable
public class AuditEntry {

    @Column(name = "feature")
    private String featureKey;

    @Column(name = "status")
    private String statusSlug;

    private String reason;

    @Column(name = "source_id")
    private String sourceId;

    private String link;

    protected AuditEntry() {
    }

    public AuditEntry(OpennessFeature feature, FeatureStatus status, String reason, String sourceId, String link) {
        this.featureKey = feature.name();
        this.statusSlug = status.getSlug();
        this.reason = reason;
        this.sourceId = sourceId;
        this.link = link;
    }

    /** An entry as a data file states it, by the criterion's key in its criteria and the status's slug. */
    public static AuditEntry of(AuditCriteria criteria, String featureKey, String status, String reason,
            String sourceId, String link) {
        OpennessFeature feature = OpennessFeature.fromKey(criteria, featureKey)
            .orElseThrow(() -> new IllegalArgumentException("unknown " + criteria.getId() + " criterion '"
                    + featureKey + "'"));
        FeatureStatus featureStatus = FeatureStatus.fromSlug(status)
            .orElseThrow(() -> new IllegalArgumentException("unknown feature status '" + status + "'"));
        return new AuditEntry(feature, featureStatus, reason, sourceId, link);
    }

    public OpennessFeature getFeature() {
        return OpennessFeature.valueOf(featureKey);
    }

    public FeatureStatus getStatus() {
        return FeatureStatus.fromSlug(statusSlug).orElseThrow();
    }

    public String getReason() {
        return reason;
    }

    /** The source of the rating; null when the feature is not assessed or not applicable. */
    public String getSourceId() {
        return sourceId;
    }

    /** The evidence link the rating rests on (the tracker's link, a repository page), if any. */
    public String getLink() {
        return link;
    }
}
