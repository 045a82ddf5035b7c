package com.llmcompare.core.openness;


import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.llmcompare.core.dataset.DataFiles.ModelFile;
import com.llmcompare.core.dataset.DataFiles.OpennessAuditFile;
import com.llmcompare.data.DataSet;
import com.llmcompare.data.DataSetReader;
import com.llmcompare.data.DataSetValidator;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * The openness level and score derived from the real audits in {@code data/openness/}, read
 * without Spring, and the rule's edge cases on hand-made audits.
 */
class OpennessAuditTests {

    private static DataSet data;

    @BeforeAll
    static void readTheDataSet() {
        try (ValidatorFactory validators = Validation.buildDefaultValidatorFactory()) {
            data = new DataSetReader(validators.getValidator()).read(Path.of("data"));
        }
        new DataSetValidator().validate(data);
    }

    private static OpennessAudit audit(String slug) {
        OpennessAuditFile file = data.audits().stream().filter(a -> a.model().equals(slug)).findFirst().orElseThrow();
        return new OpennessAudit(file.basis(), file.features()
            .byKey()
            .entrySet()
            .stream()
            .map(e -> AuditEntry.of(e.getKey(), e.getValue().status(), e.getValue().reason(), e.getValue().source(),
                    e.getValue().link()))
            .toList());
    }

    /** The level from the audit, with the model file's facts and its licence's OSI flag as the fallback. */
    private static LevelInputs inputs(String slug) {
        ModelFile model = data.models().stream().filter(m -> m.slug().equals(slug)).findFirst().orElseThrow();
        boolean osi = data.licenses().stream().filter(l -> l.slug().equals(model.license())).findFirst().orElseThrow()
            .osiApproved();
        return audit(slug).levelInputs(model.access().weightsDownloadable(), osi, model.trainingCode().isPublic(),
                model.trainingData().documented());
    }

    private static double score(String slug) {
        return audit(slug).getScore().value();
    }

    @Test
    void llama2IsOpenWeightsForItsCustomLicenceAndMissingCodeAndData() {
        LevelInputs llama = inputs("llama-2-70b");
        assertThat(llama.level()).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(llama.weightsDownloadable()).as("a gated download is still a download").isTrue();
        assertThat(llama.reason("Llama 2 Community License Agreement")).contains("not OSI-approved",
                "the training code is not public", "the training data is not documented");
        assertThat(inputs("llama-2-70b-chat").level()).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
    }

    @Test
    void gpt4IsClosed() {
        assertThat(inputs("gpt-4").level()).isEqualTo(OpennessLevel.CLOSED);
        assertThat(inputs("gpt-3.5-turbo").level()).isEqualTo(OpennessLevel.CLOSED);
        assertThat(inputs("claude-2").level()).isEqualTo(OpennessLevel.CLOSED);
    }

    @Test
    void falcon40bIsOpenWeightsBecauseItsTrainingCodeIsNotPublic() {
        LevelInputs falcon = inputs("falcon-40b");
        assertThat(falcon.level()).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(falcon.osiApprovedLicense()).as("Apache 2.0").isTrue();
        assertThat(falcon.trainingCodePublic()).isFalse();
    }

    @Test
    void t5AndBertAreOpenSource() {
        assertThat(inputs("t5-11b").level()).isEqualTo(OpennessLevel.OPEN_SOURCE);
        assertThat(inputs("bert-large").level()).isEqualTo(OpennessLevel.OPEN_SOURCE);
        assertThat(inputs("t5-11b").fromFacts()).as("every input comes from the audit").isEmpty();
    }

    @Test
    void bloomIsOpenWeightsForItsRailLicenceButScoresHigherThanLlama2() {
        assertThat(inputs("bloom").level()).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(inputs("bloom").osiApprovedLicense()).isFalse();
        assertThat(score("bloom")).isGreaterThan(score("llama-2-70b")).isGreaterThan(score("llama-2-70b-chat"));
        assertThat(score("bloom")).isEqualTo(0.75);
    }

    @Test
    void llama2ChatScoreIsTheTrackersRatingsAveraged() {
        OpennessScore chat = audit("llama-2-70b-chat").getScore();
        assertThat(chat.assessed()).isEqualTo(14);
        assertThat(chat.open()).isZero();
        assertThat(chat.partial()).isEqualTo(6);
        assertThat(chat.value()).isEqualTo(3.0 / 14);
        OpennessScore base = audit("llama-2-70b").getScore();
        assertThat(base.notApplicable()).as("RL data and RL weights of a base model").isEqualTo(2);
        assertThat(base.assessed()).isEqualTo(11);
    }

    @Test
    void everyModelHasAllFourteenFeatures() {
        assertThat(data.audits()).hasSize(data.models().size());
        data.audits().forEach(file -> assertThat(audit(file.model()).getEntries()).hasSize(14));
    }

    @Test
    void theScoreLeavesOutNotApplicableAndNotAssessed() {
        OpennessAudit audit = new OpennessAudit("test", List.of(entry("llmweights", "open"),
                entry("license", "partial"), entry("opencode", "closed"), entry("rldata", "not-applicable"),
                entry("paper", "not-assessed")));
        OpennessScore score = audit.getScore();
        assertThat(score.assessed()).isEqualTo(3);
        assertThat(score.value()).isEqualTo(0.5);
        assertThat(score.notAssessed()).as("missing features count as not assessed").isEqualTo(10);
        assertThat(score.working()).startsWith("1.5 points over 3 assessed features");
    }

    @Test
    void anAuditWithNothingAssessedHasNoScore() {
        OpennessScore score = new OpennessAudit("test", List.of()).getScore();
        assertThat(score.value()).isNull();
        assertThat(score.text()).isEqualTo("no score");
    }

    @Test
    void featuresTheAuditDoesNotAssessFallBackToTheFacts() {
        LevelInputs inputs = new OpennessAudit("test", List.of(entry("llmweights", "partial")))
            .levelInputs(false, true, true, true);
        assertThat(inputs.weightsDownloadable()).as("from the audit, not the fact").isTrue();
        assertThat(inputs.fromFacts()).containsExactly("licence", "training code", "training data");
        assertThat(inputs.level()).isEqualTo(OpennessLevel.OPEN_SOURCE);
    }

    @Test
    void anOpenLicenceRatingStillNeedsAnOsiApprovedLicence() {
        OpennessAudit audit = new OpennessAudit("test", List.of(entry("license", "open")));
        assertThat(audit.levelInputs(true, false, true, true).osiApprovedLicense()).isFalse();
        assertThat(audit.levelInputs(true, true, true, true).osiApprovedLicense()).isTrue();
        OpennessAudit closedWeights = new OpennessAudit("test", List.of(entry("llmweights", "closed")));
        assertThat(closedWeights.levelInputs(true, true, true, true).level()).isEqualTo(OpennessLevel.CLOSED);
    }

    private static AuditEntry entry(String feature, String status) {
        return AuditEntry.of(feature, status, "reason", "source", null);
    }
}
