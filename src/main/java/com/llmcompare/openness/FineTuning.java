package com.llmcompare.openness;

/**
 * Whether a model can be fine-tuned, for the decision helper: what its sources say, and where none
 * says, open weights under a permissive (OSI-approved) licence can be fine-tuned on your own hardware
 * (Apache 2.0 and MIT grant the right to modify and redistribute). Otherwise unknown: no datum, never 0.
 */
final class FineTuning {

    private FineTuning() {
    }

    /** @return the stated fact, else true for downloadable weights under an OSI-approved licence, else null */
    static Boolean available(Boolean stated, boolean weightsDownloadable, boolean licenseOsiApproved) {
        if (stated != null) {
            return stated;
        }
        return weightsDownloadable && licenseOsiApproved ? Boolean.TRUE : null;
    }
}
