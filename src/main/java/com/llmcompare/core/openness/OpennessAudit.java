package com.llmcompare.core.openness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's openness audit: the 14 features, each rated. Derives the openness score and feeds
 * the openness level rule ({@link OpennessLevel}). Plain Java: no Spring, no database.
 *
 * <p>How the audit feeds the rule: the weights can be downloaded when LLM weights is open or
 * partial (a gated download is still a download); the licence counts as OSI-approved when the
 * licence feature is open and the licence itself is OSI-approved; the training code is public
 * when open code is open; the training data is documented when LLM data is open or partial (a
 * public description, even without the full corpus). A feature the audit does not assess falls
 * back to the model's own fact.
 */
public final class OpennessAudit {

    private final String basis;

    private final Map<OpennessFeature, AuditEntry> entries = new EnumMap<>(OpennessFeature.class);

    public OpennessAudit(String basis, List<AuditEntry> entries) {
        this.basis = basis;
        entries.forEach(entry -> this.entries.put(entry.getFeature(), entry));
    }

    /** How the audit was made: which tracker entry, mapped how, or which sources. */
    public String getBasis() {
        return basis;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries in the tracker's order. */
    public List<AuditEntry> getEntries() {
        return new ArrayList<>(entries.values());
    }

    /** The entries of one of the tracker's areas (availability, documentation, access). */
    public List<AuditEntry> entries(OpennessFeature.Group group) {
        return entries.values().stream().filter(entry -> entry.getFeature().getGroup() == group).toList();
    }

    public Optional<AuditEntry> entry(OpennessFeature feature) {
        return Optional.ofNullable(entries.get(feature));
    }

    /** A feature's status; a feature missing from the audit is not assessed. */
    public FeatureStatus status(OpennessFeature feature) {
        return entry(feature).map(AuditEntry::getStatus).orElse(FeatureStatus.NOT_ASSESSED);
    }

    public OpennessScore getScore() {
        int[] counts = new int[FeatureStatus.values().length];
        for (OpennessFeature feature : OpennessFeature.values()) {
            counts[status(feature).ordinal()]++;
        }
        return new OpennessScore(counts[FeatureStatus.OPEN.ordinal()], counts[FeatureStatus.PARTIAL.ordinal()],
                counts[FeatureStatus.CLOSED.ordinal()], counts[FeatureStatus.NOT_APPLICABLE.ordinal()],
                counts[FeatureStatus.NOT_ASSESSED.ordinal()]);
    }

    /**
     * The level rule's inputs: from the audit where it assesses the feature, else from the facts.
     * @param licenseOsiApproved whether the model's licence is OSI-approved (the licence's flag)
     */
    public LevelInputs levelInputs(boolean weightsDownloadable, boolean licenseOsiApproved,
            boolean trainingCodePublic, boolean trainingDataDocumented) {
        List<String> fromFacts = new ArrayList<>();
        FeatureStatus weights = status(OpennessFeature.LLM_WEIGHTS);
        boolean downloadable = weights.isAssessed() ? weights != FeatureStatus.CLOSED
                : fallback(weightsDownloadable, "weights", fromFacts);
        FeatureStatus license = status(OpennessFeature.LICENSE);
        boolean osi = license.isAssessed() ? license == FeatureStatus.OPEN && licenseOsiApproved
                : fallback(licenseOsiApproved, "licence", fromFacts);
        FeatureStatus code = status(OpennessFeature.OPEN_CODE);
        boolean codePublic = code.isAssessed() ? code == FeatureStatus.OPEN
                : fallback(trainingCodePublic, "training code", fromFacts);
        FeatureStatus data = status(OpennessFeature.LLM_DATA);
        boolean dataDocumented = data.isAssessed() ? data != FeatureStatus.CLOSED
                : fallback(trainingDataDocumented, "training data", fromFacts);
        return new LevelInputs(downloadable, osi, codePublic, dataDocumented, List.copyOf(fromFacts));
    }

    private static boolean fallback(boolean fact, String name, List<String> fromFacts) {
        fromFacts.add(name);
        return fact;
    }
}
