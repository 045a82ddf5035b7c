package com.llmcompare.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import com.llmcompare.core.benchmark.BenchmarkRepository;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.benchmark.ScoreRepository;
import com.llmcompare.core.cost.HostingDefaultsRepository;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.LanguageModelRepository;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceRepository;
import com.llmcompare.core.snapshot.DataSnapshot;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The in-memory snapshot holds exactly what the JPA entities hold after loading. */
@SpringBootTest
@AutoConfigureMockMvc
class DataSnapshotTests {

    @Autowired
    DataSnapshot snapshot;

    @Autowired
    LanguageModelRepository models;

    @Autowired
    PriceRepository prices;

    @Autowired
    ScoreRepository scores;

    @Autowired
    BenchmarkRepository benchmarks;

    @Autowired
    HostingDefaultsRepository hosting;

    @Autowired
    com.llmcompare.core.cost.GpuRepository gpus;

    @Autowired
    com.llmcompare.core.cost.ModelArchitectureRepository architectures;

    @Autowired
    com.llmcompare.core.cost.ThroughputRunRepository runs;

    @Test
    @Transactional(readOnly = true)
    void theSnapshotHoldsEveryEntityWithItsValuesAndAssociations() {
        assertThat(snapshot.models()).extracting(LanguageModel::getSlug)
            .containsExactlyElementsOf(models.findAllByOrderByNameAsc().stream().map(LanguageModel::getSlug).toList());
        for (LanguageModel stored : models.findAll()) {
            LanguageModel held = snapshot.model(stored.getSlug()).orElseThrow();
            assertThat(held.getClaims()).as(stored.getSlug()).hasSameSizeAs(stored.getClaims());
            assertThat(held.getContextTokens()).isEqualTo(stored.getContextTokens());
            assertThat(held.getLicense().getKeyTerms()).hasSameSizeAs(stored.getLicense().getKeyTerms());
            assertThat(snapshot.prices(stored.getSlug())).extracting(Price::getId).containsExactlyInAnyOrderElementsOf(
                    prices.findByModel_SlugOrderByValidFromDesc(stored.getSlug()).stream().map(Price::getId).toList());
            assertThat(snapshot.scoresOfModel(stored.getSlug())).hasSameSizeAs(
                    scores.findByModel_SlugOrderByBenchmark_NameAsc(stored.getSlug()));
        }
        assertThat(snapshot.prices()).hasSize((int) prices.count());
        assertThat(snapshot.prices()).allSatisfy(price -> assertThat(price.getSourceIds()).isNotEmpty());
        // the billing dimensions as stored: Claude Sonnet 4.5's long-context tier and its cache writes
        for (Price stored : prices.findAll()) {
            Price held = snapshot.prices().stream().filter(p -> p.getId().equals(stored.getId())).findFirst().orElseThrow();
            assertThat(held.getTiers()).as(stored.getId()).hasSameSizeAs(stored.getTiers());
            assertThat(held.getCacheWrite()).as(stored.getId()).isEqualTo(stored.getCacheWrite());
            assertThat(held.getBatchDiscountPercent()).as(stored.getId()).isEqualTo(stored.getBatchDiscountPercent());
        }
        Price sonnet = snapshot.prices().stream()
            .filter(p -> p.getId().equals("p-genai-prices.anthropic.claude-sonnet-4-5-2026-07-29"))
            .findFirst()
            .orElseThrow();
        assertThat(sonnet.getTiers()).singleElement().satisfies(tier -> {
            assertThat(tier.getAboveTokens()).isEqualTo(200_000);
            assertThat(tier.getInput()).isEqualByComparingTo("6");
            assertThat(tier.getOutput()).isEqualByComparingTo("22.5");
        });
        assertThat(sonnet.getCacheWrite1h()).isEqualByComparingTo("6");
        assertThat(snapshot.scores()).hasSize((int) scores.count());
        assertThat(snapshot.scores().stream().collect(Collectors.summingDouble(s -> s.getValue() == null ? 0 : s.getValue())))
            .isEqualTo(scores.findAll().stream().mapToDouble(s -> s.getValue() == null ? 0 : s.getValue()).sum(),
                    org.assertj.core.data.Offset.offset(1e-6));
        assertThat(snapshot.benchmarks()).hasSize((int) benchmarks.count());
        hosting.findAll().forEach(profile -> assertThat(snapshot.hosting(profile.getModelSlug())).isPresent());
        assertThat(snapshot.scoresOfBenchmark("swe-bench-verified")).extracting(Score::getValue)
            .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(snapshot.offers(java.time.LocalDate.of(2026, 11, 23))).hasSize(snapshot.models().size());
        // the GPUs with their prices, the architectures and every run, per model
        assertThat(snapshot.gpus()).hasSize((int) gpus.count());
        gpus.findAll().forEach(gpu -> assertThat(snapshot.gpusById().get(gpu.getId()).getPrices())
            .as(gpu.getId()).hasSameSizeAs(gpu.getPrices()));
        architectures.findAll().forEach(a -> assertThat(snapshot.architecture(a.getModelSlug()).orElseThrow().getLayers())
            .isEqualTo(a.getLayers()));
        assertThat(models.findAll().stream().mapToInt(m -> snapshot.runs(m.getSlug()).size()).sum())
            .isEqualTo((int) runs.count());
        assertThat(snapshot.runs("llama-3.3-70b-instruct")).extracting(com.llmcompare.core.cost.ThroughputRun::getId)
            .isSorted();
    }
}
