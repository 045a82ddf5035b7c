package com.llmcompare.openness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.llmcompare.openness.Candidate.MonthlyCost;
import com.llmcompare.openness.Candidate.Result;
import com.llmcompare.openness.DecisionRanking.Ranked;
import com.llmcompare.openness.DecisionRanking.Weights;

/** The ranking on candidates shaped like the articles' models, with their scores from the data set. */
class DecisionRankingTests {

    private static final Candidate GPT_4 = closed("gpt-4", "GPT-4 (8K)", false, 0.125, "90",
            List.of(result("humaneval", 67.0), new Result("humaneval", "HumanEval", 91, true, "Reflexion agent"),
                    result("mmlu", 86.4), result("legalbench", 77.32), result("hellaswag", 95.3),
                    result("agentbench", 4.41), result("winogrande", 87.5), result("anyscale-factuality", 85.5)));

    private static final Candidate GPT_35 = closed("gpt-3.5-turbo", "GPT-3.5 Turbo", true, 0.036, "8",
            List.of(result("humaneval", 48.1), result("mmlu", 70.0), result("legalbench", 64.9),
                    result("hellaswag", 85.5), result("agentbench", 2.55), result("winogrande", 81.6),
                    result("anyscale-factuality", 67.0)));

    private static final Candidate CLAUDE_2 = closed("claude-2", "Claude 2", false, 0.1, "176",
            List.of(result("humaneval", 71.2)));

    private static final Candidate LLAMA_2_70B = open("llama-2-70b", "Llama 2 70B", false, 0.18, null,
            List.of(result("humaneval", 29.9), result("mmlu", 68.9), result("hellaswag", 85.3),
                    result("winogrande", 80.2)));

    private static final Candidate LLAMA_2_70B_CHAT = open("llama-2-70b-chat", "Llama 2 70B Chat", false, 0.21, "12",
            List.of(result("anyscale-factuality", 81.7)));

    /** Phind's single, self-reported score is the best HumanEval result in the data set. */
    private static final Candidate PHIND = open("phind-codellama-34b-v2", "Phind-CodeLlama-34B-v2", false, 0.25, null,
            List.of(result("humaneval", 73.8)));

    private static final Candidate BLOOM = open("bloom", "BLOOM (176B)", false, 0.75, null, List.of());

    private static final Candidate T5 = open("t5-11b", "T5-11B", true, 0.95, null, List.of());

    private static final List<Candidate> MODELS = List.of(GPT_4, GPT_35, CLAUDE_2, LLAMA_2_70B, LLAMA_2_70B_CHAT,
            PHIND, BLOOM, T5);

    @Test
    void allWeightOnTransparencyPutsAnOpenModelFirst() {
        List<Ranked> ranking = DecisionRanking.rank(MODELS, Weights.only(Priority.TRANSPARENCY));
        assertThat(ranking.get(0).candidate().weightsDownloadable()).isTrue();
        assertThat(ranking.get(0).candidate().slug()).isEqualTo("t5-11b");
        assertThat(ranking.get(0).total()).isCloseTo(95, within(1e-9));
        assertThat(ranking.get(1).candidate().slug()).isEqualTo("bloom");
    }

    @Test
    void allWeightOnQualityPutsGpt4FirstWithoutTheReflexionResult() {
        List<Ranked> ranking = DecisionRanking.rank(MODELS, Weights.only(Priority.QUALITY));
        Ranked first = ranking.get(0);
        assertThat(first.candidate().slug()).isEqualTo("gpt-4");
        assertThat(first.quality().benchmarks()).as("seven benchmarks; the Reflexion agent's 91% is not GPT-4's")
            .isEqualTo(7);
        QualityScale.Share humanEval = first.quality().shares().stream()
            .filter(share -> share.benchmark().equals("humaneval")).findFirst().orElseThrow();
        assertThat(humanEval.value()).isEqualTo(67.0);
        assertThat(humanEval.best()).as("the best own HumanEval score is Phind's").isEqualTo(73.8);
        assertThat(humanEval.share()).isCloseTo(67.0 / 73.8, within(1e-9));
    }

    @Test
    void oneBestScoreDoesNotOutrankSevenStrongOnes() {
        List<Ranked> ranking = DecisionRanking.rank(MODELS, Weights.only(Priority.QUALITY));
        Ranked phind = find(ranking, "phind-codellama-34b-v2");
        assertThat(phind.quality().mean()).as("its one score is the best").isEqualTo(1.0);
        assertThat(phind.quality().benchmarks()).isEqualTo(1);
        assertThat(phind.rank()).isGreaterThan(find(ranking, "gpt-4").rank());
        QualityScale scale = QualityScale.of(MODELS);
        assertThat(phind.quality().value()).isCloseTo((1.0 + scale.average()) / 2, within(1e-9));
    }

    @Test
    void missingScoresAreLeftOutNotCountedAsZero() {
        Ranked claude = find(DecisionRanking.rank(MODELS, Weights.only(Priority.QUALITY)), "claude-2");
        assertThat(claude.quality().mean()).isCloseTo(71.2 / 73.8, within(1e-9));
        Ranked t5 = find(DecisionRanking.rank(MODELS, Weights.only(Priority.QUALITY)), "t5-11b");
        assertThat(t5.quality()).as("no benchmark score at all: no quality, not a zero").isNull();
        assertThat(t5.contribution(Priority.QUALITY).orElseThrow().hasData()).isFalse();
        assertThat(t5.coverage()).isZero();
    }

    @Test
    void aSystemResultAloneGivesNoQuality() {
        Candidate onlyReflexion = closed("x", "X", false, 0.0, null,
                List.of(new Result("humaneval", "HumanEval", 91, true, "Reflexion agent")));
        assertThat(QualityScale.of(List.of(onlyReflexion, GPT_4)).quality(onlyReflexion)).isEmpty();
        assertThat(QualityScale.of(List.of(onlyReflexion, GPT_4)).best()).containsEntry("humaneval", 67.0);
    }

    @Test
    void costScoresTheCheapestOneAndATwiceDearerModelAHalf() {
        Candidate cheap = open("a", "A", false, 0.5, "10", List.of());
        Candidate dear = open("b", "B", false, 0.5, "20", List.of());
        Candidate unpriced = open("c", "C", false, 0.5, null, List.of());
        List<Ranked> ranking = DecisionRanking.rank(List.of(dear, unpriced, cheap), Weights.only(Priority.COST));
        assertThat(ranking).extracting(r -> r.candidate().slug()).containsExactly("a", "b", "c");
        assertThat(ranking.get(0).total()).isEqualTo(100);
        assertThat(ranking.get(1).total()).isEqualTo(50);
        assertThat(ranking.get(2).contribution(Priority.COST).orElseThrow().basis()).isEqualTo("not priced: test — no data: its weight moves to the priorities with data");
    }

    @Test
    void missingDataIsNeverZeroTheWeightMovesToWhatIsKnown() {
        Candidate unpriced = new Candidate("a", "A", true, false, null, true, "Apache 2.0", null,
                Candidate.MonthlyCost.notPriced("none"), List.of());
        Ranked ranked = DecisionRanking.rank(List.of(unpriced), Weights.equal(3)).get(0);
        // data control 1, support 0 and licence 1 are known; cost, fine-tuning, transparency and quality are not,
        // and their weight moves to the known three instead of counting as zero (which would give 6 / 21)
        assertThat(ranked.total()).isCloseTo(6.0 / 9 * 100, within(1e-9));
        assertThat(ranked.coverage()).isCloseTo(3.0 / 7, within(1e-9));
        assertThat(ranked.contribution(Priority.TRANSPARENCY).orElseThrow().hasData()).isFalse();
    }

    @Test
    void openWeightsUnderAPermissiveLicenceCanBeFineTunedWhereNoSourceSays() {
        assertThat(FineTuning.available(null, true, true)).isTrue();
        assertThat(FineTuning.available(null, true, false)).as("custom licence: unknown").isNull();
        assertThat(FineTuning.available(null, false, true)).isNull();
        assertThat(FineTuning.available(false, true, true)).as("a source wins").isFalse();
        assertThat(Generative.is("decoder")).isTrue();
        assertThat(Generative.is(null)).isTrue();
        assertThat(Generative.is("encoder")).isFalse();
        assertThat(Generative.is("encoder-decoder")).isFalse();
    }

    @Test
    void theTotalIsTheSumOfTheWeightedContributions() {
        Weights weights = new Weights(Map.of(Priority.COST, 2, Priority.PRIVACY, 3, Priority.QUALITY, 5,
                Priority.LICENSE, 1));
        for (Ranked ranked : DecisionRanking.rank(MODELS, weights)) {
            assertThat(ranked.contributions()).hasSize(4);
            assertThat(ranked.contributions().stream().mapToDouble(DecisionRanking.Contribution::points).sum())
                .isCloseTo(ranked.total(), within(1e-9));
        }
        Ranked llama = find(DecisionRanking.rank(MODELS, weights), "llama-2-70b");
        // no price: the cost weight (2) moves to the priorities with data (9 of 11 weight points)
        assertThat(llama.contribution(Priority.PRIVACY).orElseThrow().points()).isCloseTo(3.0 / 9 * 100, within(1e-9));
        assertThat(llama.contribution(Priority.COST).orElseThrow().basis()).contains("its weight moves");
        assertThat(llama.contribution(Priority.LICENSE).orElseThrow().score()).as("custom licence").isEqualTo(0.5);
        assertThat(llama.coverage()).as("no price: 2 of 11 weight points without data").isCloseTo(9.0 / 11, within(1e-9));
    }

    @Test
    void customizationAndSupportFollowTheAccessFacts() {
        Weights weights = new Weights(Map.of(Priority.CUSTOMIZATION, 1, Priority.SUPPORT, 1));
        List<Ranked> ranking = DecisionRanking.rank(MODELS, weights);
        assertThat(find(ranking, "gpt-3.5-turbo").contribution(Priority.CUSTOMIZATION).orElseThrow().score())
            .as("fine-tuned by the vendor").isEqualTo(0.5);
        assertThat(find(ranking, "gpt-4").contribution(Priority.CUSTOMIZATION).orElseThrow().score()).isZero();
        assertThat(find(ranking, "bloom").contribution(Priority.CUSTOMIZATION).orElseThrow().score()).isEqualTo(1.0);
        assertThat(find(ranking, "gpt-4").contribution(Priority.SUPPORT).orElseThrow().score()).isEqualTo(1.0);
        assertThat(find(ranking, "bloom").contribution(Priority.SUPPORT).orElseThrow().score()).isZero();
        assertThat(find(ranking, "llama-2-70b-chat").contribution(Priority.SUPPORT).orElseThrow().score())
            .isEqualTo(0.5);
    }

    @Test
    void noWeightNoRanking() {
        assertThat(DecisionRanking.rank(MODELS, Weights.equal(0))).isEmpty();
    }

    @Test
    void weightsOutsideZeroToFiveAreRejected() {
        assertThatThrownBy(() -> new Weights(Map.of(Priority.COST, 6))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("cost");
        assertThatThrownBy(() -> new Weights(Map.of(Priority.QUALITY, -1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Ranked find(List<Ranked> ranking, String slug) {
        return ranking.stream().filter(r -> r.candidate().slug().equals(slug)).findFirst().orElseThrow();
    }

    private static Result result(String benchmark, double value) {
        return new Result(benchmark, benchmark, value, true, null);
    }

    private static Candidate closed(String slug, String name, boolean fineTuning, double openness, String usd,
            List<Result> results) {
        return new Candidate(slug, name, false, true, fineTuning, false, "vendor terms", openness, cost(usd), results);
    }

    private static Candidate open(String slug, String name, boolean osi, double openness, String usd,
            List<Result> results) {
        return new Candidate(slug, name, true, usd != null, true, osi, osi ? "Apache 2.0" : "custom", openness,
                cost(usd), results);
    }

    private static MonthlyCost cost(String usd) {
        return usd == null ? MonthlyCost.notPriced("not priced: test") : new MonthlyCost(new BigDecimal(usd), "test",
                false);
    }
}
