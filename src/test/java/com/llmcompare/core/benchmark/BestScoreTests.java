package com.llmcompare.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.llmcompare.core.model.LanguageModel;

import org.junit.jupiter.api.Test;

/** The one rule for the score shown for a model on a benchmark, and whether a benchmark still separates models. */
class BestScoreTests {

    private static final Benchmark SWE = benchmark("swe-bench-verified", "headline", 100.0, true);

    private static final Benchmark ECI = benchmark("eci", "index", null, true);

    private static Benchmark benchmark(String slug, String role, Double ceiling, boolean higherIsBetter) {
        return new Benchmark(slug, slug, null, "accuracy", ceiling == null ? "score" : "percent", higherIsBetter, null,
                null, null, null, null, "official", "src", null, null).withRole(role, ceiling);
    }

    private static LanguageModel model(String slug) {
        return new LanguageModel() {
            @Override
            public String getSlug() {
                return slug;
            }
        };
    }

    private static Score score(LanguageModel model, Benchmark benchmark, double value, boolean selfReported,
            String setting) {
        return new Score(model, benchmark, value, null, null, setting, selfReported ? "vendor" : "third-party",
                selfReported, "src", null, "high", "catalogue", false, null, null);
    }

    @Test
    void anIndependentRowIsShownBeforeAHigherClaimOfTheMaker() {
        LanguageModel gpt = model("gpt-5.2");
        Score epochHigh = score(gpt, SWE, 71.2, false, "gpt-5.2_high");
        Score epochXhigh = score(gpt, SWE, 73.8, false, "gpt-5.2_xhigh");
        Score vendor = score(gpt, SWE, 80.0, true, "vendor's own scaffold");
        assertThat(BestScore.of(List.of(vendor, epochHigh, epochXhigh))).contains(epochXhigh);
        assertThat(BestScore.of(List.of(vendor))).contains(vendor);
    }

    @Test
    void aRankingHasOneRowPerModelBestFirstAndAnIndexIsNotCountedAsABenchmark() {
        LanguageModel a = model("a");
        LanguageModel b = model("b");
        List<Score> rows = List.of(score(a, SWE, 60, false, "x"), score(a, SWE, 65, false, "y"),
                score(b, SWE, 70, false, "z"));
        assertThat(BestScore.ranking(rows)).extracting(Score::getValue).containsExactly(70.0, 65.0);
        assertThat(BestScore.independentBenchmarks(List.of(score(a, SWE, 60, false, "x"), score(a, ECI, 150, false, "i"))))
            .isEqualTo(1);
    }

    @Test
    void aBenchmarkIsSaturatedWhenItsBestIndependentScoreIsWithinTenPercentOfItsCeiling() {
        LanguageModel a = model("a");
        assertThat(Saturation.of(SWE, List.of(score(a, SWE, 80.9, false, "x")))).isEqualTo(Saturation.SEPARATES);
        assertThat(Saturation.of(SWE, List.of(score(a, SWE, 90, false, "x")))).isEqualTo(Saturation.SATURATED);
        // a maker's own 95 does not make it saturated
        assertThat(Saturation.of(SWE, List.of(score(a, SWE, 95, true, "x"), score(a, SWE, 70, false, "y"))))
            .isEqualTo(Saturation.SEPARATES);
        assertThat(Saturation.of(ECI, List.of(score(a, ECI, 160, false, "i")))).isEqualTo(Saturation.UNBOUNDED);
        assertThat(Saturation.of(SWE, List.of())).isEqualTo(Saturation.UNKNOWN);
    }
}
