package com.llmcompare.core.openness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's openness audit: the criteria of one {@link AuditCriteria} (the index's 12 or the
 * tracker's 14), each rated. Derives the openness score and feeds the openness level rule
 * ({@link OpennessLevel}). Plain Java: no Spring, no database.
 *
 * <p>How the audit feeds the rule. From the tracker's features: the weights can be downloaded when
 * LLM weights is open or partial (a gated download is still a download); the licence counts as
 * OSI-approved when the licence feature is open and the licence itself is OSI-approved; the training
 * code is public when open code is open; the training data is documented when LLM data is open or
 * partial (a public description, even without the full corpus). From the index's criteria, the same
 * way: downloadable when base or end model weights are open or partial; OSI-approved when licences
 * is open and the licence is OSI-approved; public code when training code is open; documented data
 * when both base and end model data are open or partial (where only one is assessed, that one). A
 * criterion the audit does not assess falls back to the model's own fact.
 */
public final class OpennessAudit {

    private final AuditCriteria criteria;

    private final String basis;

    private final String sourceId;

    private final Map<OpennessFeature, AuditEntry> entries = new EnumMap<>(OpennessFeature.class);

    public OpennessAudit(AuditCriteria criteria, String basis, String sourceId, List<AuditEntry> entries) {
        this.criteria = criteria;
        this.basis = basis;
        this.sourceId = sourceId;
        entries.forEach(entry -> {
            if (entry.getFeature().getCriteria() != criteria) {
                throw new IllegalArgumentException(entry.getFeature() + " is not one of the " + criteria.getName()
                        + "'s criteria");
            }
            this.entries.put(entry.getFeature(), entry);
        });
    }

    /** A tracker audit (the 14 features) made of many sources. */
    public OpennessAudit(String basis, List<AuditEntry> entries) {
        this(AuditCriteria.TRACKER, basis, null, entries);
    }

    public AuditCriteria getCriteria() {
        return criteria;
    }

    /** How the audit was made: which tracker or index entry, mapped how, or which sources. */
    public String getBasis() {
        return basis;
    }

    /** The one source the whole audit comes from (the index's entry); null when each rating names its own. */
    public String getSourceId() {
        return sourceId;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries in the criteria's order. */
    public List<AuditEntry> getEntries() {
        return new ArrayList<>(entries.values());
    }

    /** The entries of one area (availability, documentation, access). */
    public List<AuditEntry> entries(OpennessFeature.Group group) {
        return entries.values().stream().filter(entry -> entry.getFeature().getGroup() == group).toList();
    }

    public Optional<AuditEntry> entry(OpennessFeature feature) {
        return Optional.ofNullable(entries.get(feature));
    }

    /** A criterion's status; one missing from the audit (or of other criteria) is not assessed. */
    public FeatureStatus status(OpennessFeature feature) {
        return entry(feature).map(AuditEntry::getStatus).orElse(FeatureStatus.NOT_ASSESSED);
    }

    public OpennessScore getScore() {
        int[] counts = new int[FeatureStatus.values().length];
        for (OpennessFeature feature : criteria.getFeatures()) {
            counts[status(feature).ordinal()]++;
        }
        return new OpennessScore(counts[FeatureStatus.OPEN.ordinal()], counts[FeatureStatus.PARTIAL.ordinal()],
                counts[FeatureStatus.CLOSED.ordinal()], counts[FeatureStatus.NOT_APPLICABLE.ordinal()],
                counts[FeatureStatus.NOT_ASSESSED.ordinal()]);
    }

    /** The weights rated partial: a gated download (the articles' "free to download" is not quite). */
    public boolean weightsGated() {
        return criteria == AuditCriteria.TRACKER ? status(OpennessFeature.LLM_WEIGHTS) == FeatureStatus.PARTIAL
                : status(OpennessFeature.BASE_WEIGHTS) == FeatureStatus.PARTIAL
                        || status(OpennessFeature.END_WEIGHTS) == FeatureStatus.PARTIAL;
    }

    /**
     * The level rule's inputs: from the audit where it assesses the criterion, else from the facts.
     * @param licenseOsiApproved whether the model's licence is OSI-approved (the licence's flag)
     */
    public LevelInputs levelInputs(boolean weightsDownloadable, boolean licenseOsiApproved,
            boolean trainingCodePublic, boolean trainingDataDocumented) {
        boolean index = criteria == AuditCriteria.OSAI_INDEX;
        List<String> fromFacts = new ArrayList<>();
        FeatureStatus weights = index ? atLeastOnePart(OpennessFeature.BASE_WEIGHTS, OpennessFeature.END_WEIGHTS)
                : status(OpennessFeature.LLM_WEIGHTS);
        boolean downloadable = weights.isAssessed() ? weights != FeatureStatus.CLOSED
                : fallback(weightsDownloadable, "weights", fromFacts);
        FeatureStatus license = status(index ? OpennessFeature.LICENSES : OpennessFeature.LICENSE);
        boolean osi = license.isAssessed() ? license == FeatureStatus.OPEN && licenseOsiApproved
                : fallback(licenseOsiApproved, "licence", fromFacts);
        FeatureStatus code = status(index ? OpennessFeature.TRAINING_CODE : OpennessFeature.OPEN_CODE);
        boolean codePublic = code.isAssessed() ? code == FeatureStatus.OPEN
                : fallback(trainingCodePublic, "training code", fromFacts);
        FeatureStatus data = index ? leastOf(OpennessFeature.BASE_DATA, OpennessFeature.END_DATA)
                : status(OpennessFeature.LLM_DATA);
        boolean dataDocumented = data.isAssessed() ? data != FeatureStatus.CLOSED
                : fallback(trainingDataDocumented, "training data", fromFacts);
        return new LevelInputs(downloadable, osi, codePublic, dataDocumented, List.copyOf(fromFacts));
    }

    /** The more open of two assessed ratings (either download counts); not assessed when neither is. */
    private FeatureStatus atLeastOnePart(OpennessFeature a, OpennessFeature b) {
        return assessedOf(a, b, true);
    }

    /** The less open of two assessed ratings (both must be documented); the assessed one when only one is. */
    private FeatureStatus leastOf(OpennessFeature a, OpennessFeature b) {
        return assessedOf(a, b, false);
    }

    /** Of two ratings, the assessed one; of two assessed ones, the more or the less open. */
    private FeatureStatus assessedOf(OpennessFeature a, OpennessFeature b, boolean moreOpen) {
        FeatureStatus first = status(a);
        FeatureStatus second = status(b);
        if (!first.isAssessed()) {
            return second;
        }
        if (!second.isAssessed()) {
            return first;
        }
        boolean firstWins = moreOpen ? first.getPoints() >= second.getPoints() : first.getPoints() <= second.getPoints();
        return firstWins ? first : second;
    }

    private static boolean fallback(boolean fact, String name, List<String> fromFacts) {
        fromFacts.add(name);
        return fact;
    }
}
