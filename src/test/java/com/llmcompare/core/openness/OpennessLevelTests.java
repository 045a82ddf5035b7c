package com.llmcompare.core.openness;

import com.llmcompare.core.model.License;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpennessLevelTests {

    @Test
    void closedWhenWeightsCannotBeDownloaded() {
        assertThat(OpennessLevel.of(false, true, true, true)).isEqualTo(OpennessLevel.CLOSED);
    }

    @Test
    void openSourceNeedsOsiLicenceTrainingCodeAndDocumentedData() {
        assertThat(OpennessLevel.of(true, true, true, true)).isEqualTo(OpennessLevel.OPEN_SOURCE);
        assertThat(OpennessLevel.of(true, false, true, true)).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(OpennessLevel.of(true, true, false, true)).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(OpennessLevel.of(true, true, true, false)).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
    }

    @Test
    void reasonNamesWhatIsMissing() {
        assertThat(OpennessLevel.reason(true, false, false, false, "Llama 2 Community License Agreement"))
            .isEqualTo("Open weights: the weights can be downloaded, but its licence (Llama 2 Community License "
                    + "Agreement) is not OSI-approved, the training code is not public, the training data is not "
                    + "documented.");
    }
}
