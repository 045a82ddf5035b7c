package com.llmcompare.data;

import com.llmcompare.core.dataset.DataSetVersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.benchmark.ScoreRepository;
import com.llmcompare.core.model.Claim;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.LanguageModelRepository;
import com.llmcompare.core.openness.AuditCriteria;
import com.llmcompare.core.openness.OpennessLevel;
import com.llmcompare.core.openness.OpennessScore;
import com.llmcompare.models.CatalogueQuery;
import com.llmcompare.models.ModelCatalogue;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceRepository;

/** The real data set, loaded at start-up through Flyway's schema into H2 and read back through JPA. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class LoadedDataSetTests {

    @Autowired
    ModelCatalogue catalogue;

    @Autowired
    LanguageModelRepository models;

    @Autowired
    ScoreRepository scores;

    @Autowired
    PriceRepository prices;

    @Autowired
    DataSetVersion version;

    @Autowired
    jakarta.validation.Validator validator;

    /** Another application context on the same in-memory database must not write the data set twice. */
    @Test
    void everyScoreIsLoadedOnceWhateverContextsRanBefore() {
        int inFiles = new DataSetReader(validator).read(java.nio.file.Path.of("data")).scores().size();
        assertThat(scores.count()).isEqualTo(inFiles);
        assertThat(models.findById("gpt-4").orElseThrow().getOpennessAudit().getEntries()).hasSize(14);
    }

    private double score(String model, String benchmark) {
        return scores.findByModel_SlugOrderByBenchmark_NameAsc(model)
            .stream()
            .filter(s -> s.getBenchmark().getSlug().equals(benchmark) && s.isModelResult())
            .findFirst()
            .orElseThrow()
            .getValue();
    }

    @Test
    void benchmarkScoresAreAttachedToTheRightModels() {
        assertThat(score("gpt-4", "mmlu")).isEqualTo(86.4);
        assertThat(score("llama-2-70b", "mmlu")).isEqualTo(68.9);
        assertThat(score("gpt-4", "humaneval")).isEqualTo(67.0);
        assertThat(score("llama-2-70b", "humaneval")).isEqualTo(29.9);
        assertThat(score("phind-codellama-34b-v2", "humaneval")).isEqualTo(73.8);
        assertThat(score("gpt-4", "hellaswag")).isEqualTo(95.3);
    }

    @Test
    void theReflexionResultIsASystemResultNotGpt4sScore() {
        List<Score> humaneval = scores.findByBenchmark_SlugOrderByValueDesc("humaneval");
        Score reflexion = humaneval.stream().filter(s -> s.getValue() != null && s.getValue() == 91).findFirst()
            .orElseThrow();
        assertThat(reflexion.getSystemName()).contains("Reflexion");
        assertThat(reflexion.isModelResult()).isFalse();
    }

    @Test
    void codeLlamasUpTo53KeepsItsWording() {
        Score upTo = scores.findByModel_SlugOrderByBenchmark_NameAsc("code-llama-34b").get(0);
        assertThat(upTo.getValue()).isNull();
        assertThat(upTo.getValueText()).isEqualTo("up to 53%");
    }

    @Test
    void unverifiedScoresAreFlagged() {
        List<Score> legalbench = scores.findByBenchmark_SlugOrderByValueDesc("legalbench");
        assertThat(legalbench).isNotEmpty().allMatch(Score::isUnverified);
    }

    @Test
    void gpt4PricesPerThousandAndPerMillion() {
        Price gpt4 = prices.findById("p-gpt4-8k").orElseThrow();
        assertThat(gpt4.getInputPerThousand()).isEqualByComparingTo("0.03");
        assertThat(gpt4.getOutputPerThousand()).isEqualByComparingTo("0.06");
        assertThat(gpt4.getInputPerMillion()).isEqualByComparingTo("30");
        assertThat(gpt4.getOutputPerMillion()).isEqualByComparingTo("60");
        Price gpt4Large = prices.findById("p-gpt4-32k").orElseThrow();
        assertThat(gpt4Large.getInputPerMillion()).isEqualByComparingTo(new BigDecimal("60"));
    }

    @Test
    void gpt35TurboKeepsItsPriceHistory() {
        List<Price> history = prices.findByModel_SlugOrderByValidFromDesc("gpt-3.5-turbo");
        assertThat(history).extracting(Price::getValidFrom)
            .contains("2023-03-01", "2023-06-13", "2023-11-06", "2024-01-25");
        Price launch = prices.findById("p-gpt35-2023-03").orElseThrow();
        assertThat(launch.getInputPerThousand()).isEqualByComparingTo("0.002");
        assertThat(launch.getValidUntil()).isEqualTo("2023-06-13");
    }

    @Test
    void palm2KeepsItsPerCharacterUnitAndBardHasNoPrice() {
        assertThat(prices.findByModel_SlugOrderByValidFromDesc("palm-2")).isNotEmpty()
            .allMatch(price -> "characters".equals(price.getUnit()));
        assertThat(prices.findByModel_SlugOrderByValidFromDesc("bard")).isEmpty();
    }

    @Test
    void contextWindowsKeepTheVendorsNumberAndTheArticles() {
        LanguageModel llama = models.findWithClaimsBySlug("llama-2-70b").orElseThrow();
        assertThat(llama.getContextTokens()).isEqualTo(4096);
        assertThat(llama.articleDisagreements("context", 4096.0)).extracting(Claim::getNumber).contains(32000.0);
        LanguageModel gpt4 = models.findWithClaimsBySlug("gpt-4").orElseThrow();
        assertThat(gpt4.getContextTokens()).isEqualTo(8192);
        assertThat(gpt4.articleDisagreements("context", 8192.0)).extracting(Claim::getNumber).containsExactly(8000.0);
    }

    @Test
    void gpt4ParametersAreUndisclosedWithTheSpeculationSourced() {
        LanguageModel gpt4 = models.findWithClaimsBySlug("gpt-4").orElseThrow();
        assertThat(gpt4.getParameterCount()).isNull();
        assertThat(gpt4.getParametersStatus()).isEqualTo("undisclosed");
        assertThat(gpt4.claimsFor("parameters")).filteredOn(Claim::isSpeculation)
            .extracting(Claim::getSourceId)
            .contains("seed-000", "decoder-gpt4-leak", "semianalysis-gpt4");
    }

    @Test
    void opennessLevelsAreDerived() {
        assertThat(level("llama-2-70b")).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(level("bloom")).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(level("falcon-40b")).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        // on the European Open Source AI Index's evidence: training code partial, licences partial
        assertThat(level("bert-large")).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(level("t5-11b")).isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(level("llama-3.1-405b-instruct")).as("base weights partial: downloadable")
            .isEqualTo(OpennessLevel.OPEN_WEIGHTS);
        assertThat(level("gpt-4")).isEqualTo(OpennessLevel.CLOSED);
        assertThat(level("claude-2")).isEqualTo(OpennessLevel.CLOSED);
    }

    @Test
    void retiredOffersAreMarked() {
        assertThat(models.findById("gpt-4-32k").orElseThrow().lifecycleOn(java.time.LocalDate.of(2026, 11, 23)).isRetired()).isTrue();
        assertThat(models.findById("claude-2").orElseThrow().getLifecycleDate()).isEqualTo("2025-07-21");
    }

    @Test
    void theDataSetVersionIsExposed() {
        assertThat(version.version()).hasSize(12);
        assertThat(version.info().getAsOf()).startsWith("20");
    }

    @Test
    void aThreeCriteriaAuditIsTooLittleEvidenceAndAMinimumScoreLeavesItOutAndCountsIt() {
        OpennessScore mixtral = models.findById("mixtral-8x22b").orElseThrow().getOpennessScore();
        assertThat(mixtral.assessed()).isEqualTo(3);
        assertThat(mixtral.coverage()).isEqualTo("3 of 14 criteria assessed");
        assertThat(mixtral.tooLittleEvidence()).isTrue();
        assertThat(mixtral.value()).isNull();
        assertThat(mixtral.text()).isEqualTo("too little evidence");
        OpennessScore bloom = models.findById("bloom").orElseThrow().getOpennessScore();
        assertThat(bloom.coverage()).isEqualTo("10 of 14 criteria assessed");
        OpennessScore gptOss = models.findById("gpt-oss-120b").orElseThrow().getOpennessScore();
        assertThat(models.findById("gpt-oss-120b").orElseThrow().getOpennessAudit().getCriteria())
            .isEqualTo(AuditCriteria.OSAI_INDEX);
        assertThat(gptOss.coverage()).isEqualTo("12 of 12 criteria assessed");
        assertThat(gptOss.value()).isLessThan(bloom.value());

        CatalogueQuery atLeast = CatalogueQuery.of(null, null, null, null, null, null, null, null, "0.8", "all");
        assertThat(catalogue.rows(atLeast)).extracting(row -> row.model().getSlug()).isEmpty();
        CatalogueQuery bloomAndUp = CatalogueQuery.of(null, null, null, null, null, null, null, null, "0.7", "all");
        assertThat(catalogue.rows(bloomAndUp)).extracting(row -> row.model().getSlug())
            .containsExactlyInAnyOrder("bloom", "t5-11b");
        long tooLittle = models.findAll().stream().filter(m -> m.getOpennessScore().tooLittleEvidence()).count();
        long unaudited = models.findAll().stream().filter(m -> m.getOpennessScore().assessed() == 0).count();
        assertThat(unaudited).as("models no audit covers yet (GPT-5.5 among them)").isPositive();
        assertThat(models.findById("gpt-5.5").orElseThrow().getOpennessScore().tooLittleEvidence()).isTrue();
        assertThat(tooLittle).as("the audits rated on 3 to 6 features, and the models no audit covers")
            .isGreaterThan(unaudited);
        assertThat(catalogue.leftOutForLittleEvidence(atLeast)).isEqualTo(tooLittle);
        assertThat(models.findAll().stream().filter(m -> m.getOpennessScore().tooLittleEvidence())
            .filter(m -> m.getOpennessScore().assessed() == 3)).extracting(LanguageModel::getSlug)
            .contains("mixtral-8x22b", "qwen3-32b", "qwen3-235b-a22b", "mistral-small-3.1", "gemma-4-31b");
    }

    private OpennessLevel level(String slug) {
        return models.findById(slug).orElseThrow().getOpennessLevel();
    }
}
