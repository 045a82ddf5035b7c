package com.llmcompare.core.openness;

import java.util.List;

import com.llmcompare.core.openness.OpennessLevel;

/**
 * The four facts the openness level rule ({@link OpennessLevel}) needs, and where each came from: the openness audit
 * when it assesses the feature, otherwise the model's own facts ({@code fromFacts} names those).
 */
public record LevelInputs(boolean weightsDownloadable, boolean osiApprovedLicense, boolean trainingCodePublic,
        boolean trainingDataDocumented, List<String> fromFacts) {

    public OpennessLevel level() {
        return OpennessLevel.of(weightsDownloadable, osiApprovedLicense, trainingCodePublic, trainingDataDocumented);
    }

    public String reason(String licenseName) {
        return OpennessLevel.reason(weightsDownloadable, osiApprovedLicense, trainingCodePublic,
                trainingDataDocumented, licenseName);
    }
}
