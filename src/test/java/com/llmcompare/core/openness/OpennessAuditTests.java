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
        AuditCriteria criteria = AuditCriteria.ofFile(file.criteria());
        return new OpennessAudit(criteria, file.basis(), file.source(), criteria.getFeatures()
            .stream()
            .map(f -> {
                var e = file.features().get(f.getKey());
                return AuditEntry.of(criteria, f.getKey(), e.status(), e.reason(), e.source(), e.link());
            })
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
        assertThat(inputs("llama-2-70b-chat").weightsDownloadable()).as("the index: weights partial (gated)").isTrue();
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
    void t5AndBertAreOpenWeightsOnTheIndexsEvidence() {
        // The index rates their training code partial ("sparse source code") and their licences partial
        // (the data is not all openly licensed), so the rule's "public code" and "OSI-approved" do not hold.
        LevelInputs t5 = inputs("t5-11b");
        assertThat(audit("t5-11b").getCriteria()).isEqualTo(AuditCriteria.OSAI_INDEX);
        assertThat(t5.level()).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(t5.weightsDownloadable()).isTrue();
        assertThat(t5.trainingDataDocumented()).as("base and end model data partial").isTrue();
        assertThat(t5.trainingCodePublic()).isFalse();
        assertThat(t5.fromFacts()).as("every input comes from the audit").isEmpty();
        LevelInputs bert = inputs("bert-large");
        assertThat(bert.level()).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(bert.trainingDataDocumented()).as("the index rates BERT's data closed").isFalse();
    }

    @Test
    void theIndexsCriteriaFeedTheLevelRule() {
        OpennessAudit gated = new OpennessAudit(AuditCriteria.OSAI_INDEX, "test", "s", List.of(
                index("weights_basemodel", "partial"), index("weights_endmodel", "closed"),
                index("licenses", "open"), index("trainingcode", "open"), index("datasources_basemodel", "open"),
                index("datasources_endmodel", "closed")));
        LevelInputs inputs = gated.levelInputs(false, true, false, true);
        assertThat(inputs.weightsDownloadable()).as("either weights open or partial").isTrue();
        assertThat(inputs.osiApprovedLicense()).isTrue();
        assertThat(inputs.trainingCodePublic()).isTrue();
        assertThat(inputs.trainingDataDocumented()).as("both base and end data must be documented").isFalse();
        assertThat(inputs.fromFacts()).isEmpty();
        assertThat(gated.weightsGated()).isTrue();
        OpennessAudit none = new OpennessAudit(AuditCriteria.OSAI_INDEX, "test", "s", List.of());
        assertThat(none.levelInputs(true, true, true, true).fromFacts()).containsExactly("weights", "licence",
                "training code", "training data");
        assertThat(none.getScore().criteria()).isEqualTo(12);
    }

    @Test
    void anIndexAuditScoresItsTwelveCriteria() {
        OpennessScore gptOss = audit("gpt-oss-120b").getScore();
        assertThat(gptOss.criteria()).isEqualTo(12);
        assertThat(gptOss.assessed()).isEqualTo(12);
        assertThat(gptOss.value()).isEqualTo(5.5 / 12);
        assertThat(gptOss.coverage()).isEqualTo("12 of 12 criteria assessed");
        assertThat(score("bloom")).as("the defect: gpt-oss no longer outranks BLOOM").isGreaterThan(gptOss.value());
    }

    @Test
    void bloomIsOpenWeightsForItsRailLicenceButScoresHigherThanLlama2() {
        assertThat(inputs("bloom").level()).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(inputs("bloom").osiApprovedLicense()).isFalse();
        assertThat(score("bloom")).isGreaterThan(score("llama-2-70b")).isGreaterThan(score("llama-2-70b-chat"));
        assertThat(score("bloom")).isEqualTo(0.75);
    }

    @Test
    void aTrackerScoreIsItsRatingsAveraged() {
        OpennessScore chat = audit("mixtral-8x7b").getScore();
        assertThat(chat.assessed()).isEqualTo(14);
        assertThat(chat.value()).isEqualTo(chat.points() / 14);
        OpennessScore base = audit("llama-2-70b").getScore();
        assertThat(base.notApplicable()).as("RL data and RL weights of a base model").isEqualTo(2);
        assertThat(base.assessed()).isEqualTo(11);
    }

    @Test
    void everyModelHasAllTheCriteriaOfItsAudit() {
        assertThat(data.audits()).hasSizeLessThanOrEqualTo(data.models().size());
        data.audits().forEach(file -> assertThat(audit(file.model()).getEntries())
            .hasSize(AuditCriteria.ofFile(file.criteria()).size()));
        assertThat(AuditCriteria.TRACKER.size()).isEqualTo(14);
        assertThat(AuditCriteria.OSAI_INDEX.size()).isEqualTo(12);
    }

    @Test
    void theScoreLeavesOutNotApplicableAndNotAssessed() {
        OpennessAudit audit = new OpennessAudit("test", List.of(entry("llmweights", "open"),
                entry("license", "partial"), entry("opencode", "closed"), entry("rldata", "not-applicable"),
                entry("paper", "not-assessed")));
        OpennessScore score = audit.getScore();
        assertThat(score.assessed()).isEqualTo(3);
        assertThat(score.measured()).isEqualTo(0.5);
        assertThat(score.notAssessed()).as("missing features count as not assessed").isEqualTo(10);
        assertThat(score.tooLittleEvidence()).as("3 of 14").isTrue();
        assertThat(score.value()).isNull();
        assertThat(score.working()).startsWith("3 of 14 criteria assessed, fewer than half");
        OpennessScore half = new OpennessScore(3, 2, 2, 1, 6);
        assertThat(half.tooLittleEvidence()).as("7 of 14 is half").isFalse();
        assertThat(half.value()).isEqualTo(4.0 / 7);
        assertThat(half.working()).startsWith("4 points over 7 assessed criteria");
        assertThat(new OpennessScore(3, 2, 1, 1, 7).tooLittleEvidence()).as("6 of 14").isTrue();
    }

    @Test
    void anAuditWithNothingAssessedHasNoScore() {
        OpennessScore score = new OpennessAudit("test", List.of()).getScore();
        assertThat(score.value()).isNull();
        assertThat(score.text()).isEqualTo("too little evidence");
        assertThat(score.coverage()).isEqualTo("0 of 14 criteria assessed");
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

    private static AuditEntry index(String criterion, String status) {
        return AuditEntry.of(AuditCriteria.OSAI_INDEX, criterion, status, "reason", "source", null);
    }

    private static AuditEntry entry(String feature, String status) {
        return AuditEntry.of(AuditCriteria.TRACKER, feature, status, "reason", "source", null);
    }
}
