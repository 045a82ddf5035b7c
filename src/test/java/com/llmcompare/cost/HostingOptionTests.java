package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.llmcompare.core.cost.Gpu;
import com.llmcompare.core.cost.GpuPrice;
import com.llmcompare.core.cost.ThroughputRun;

/** Which run stands for a GPU and precision, which price is a GPU's, and which option a model gets by default. */
class HostingOptionTests {

    private static final Gpu H100 = new Gpu("h100", "NVIDIA H100", BigDecimal.valueOf(80), "s", null, List.of(
            price("3.02", "measured-run", "2024-08-14"), price("1.69", "owning-neocloud", "2026-04-02"),
            price("1.30", "rental-3yr", "2026-04-02")));

    private static final Gpu L4 = new Gpu("l4", "NVIDIA L4", BigDecimal.valueOf(24), "s", null,
            List.of(price("0.84", "measured-run", "2024-08-13")));

    private static final Gpu UNPRICED = new Gpu("mi300x", "AMD MI300X", BigDecimal.valueOf(192), "s", null, List.of());

    private static final Map<String, Gpu> GPUS = Map.of("h100", H100, "l4", L4, "mi300x", UNPRICED);

    private static int ids;

    private static GpuPrice price(String usd, String kind, String date) {
        return new GpuPrice(new BigDecimal(usd), kind, "p", "s", null, date, null);
    }

    private static ThroughputRun run(String gpu, String precision, String kind, int gpus, int in, int out, String outputPerSecond,
            String totalPerSecond) {
        return new ThroughputRun(++ids, "m", gpu, new ThroughputRun.Figures(gpus, null, precision, "engine", kind, in, out, null,
                new BigDecimal(outputPerSecond), totalPerSecond == null ? null : new BigDecimal(totalPerSecond), null, null,
                null, null), "s", "file:" + ids, "q", null, null);
    }

    @Test
    void aGpuServesTheRunsTokensInAndOutOverItsGpus() {
        // fixed lengths: every request carries 128 in and 128 out, so 6,378 output tokens/s are 12,756 in all, over 2
        assertThat(HostingOption.tokensPerSecondPerGpu(run("h100", "fp8", "upper-bound", 2, 128, 128, "6378", null)))
            .isEqualByComparingTo("6378");
        // a serving benchmark states its total: 5,482.59 over 8 GPUs
        assertThat(HostingOption.tokensPerSecondPerGpu(run("h100", "fp8", "serving", 8, 219, 201, "2621.05", "5482.59")))
            .isEqualByComparingTo("685.32375");
    }

    @Test
    void aServingBenchmarkStandsForItsGpuBeforeAFasterUpperBound() {
        ThroughputRun upper = run("h100", "fp8", "upper-bound", 1, 1000, 1000, "20000", null);
        ThroughputRun serving = run("h100", "fp8", "serving", 1, 1000, 1000, "1000", "2000");

        HostingOption option = HostingOption.of(List.of(upper, serving), GPUS, BigDecimal.ONE, null).get(0);

        assertThat(option.run()).isSameAs(serving);
        assertThat(option.isUpperBound()).isFalse();
        // $1.30 (the newest price, a rental before owning on the same day) ÷ (2,000 × 3,600 tokens) × 10^6
        assertThat(option.price().getKind()).isEqualTo("rental-3yr");
        assertThat(option.usdPerMillion()).isEqualByComparingTo("0.1805555555555556");
    }

    @Test
    void theRunNearestTheWorkloadsMixThenItsLengthStandsForTheGpu() {
        ThroughputRun even = run("h100", "fp8", "upper-bound", 1, 1000, 1000, "5000", null);
        ThroughputRun shortPrompts = run("h100", "fp8", "upper-bound", 1, 128, 128, "9000", null);
        ThroughputRun longInput = run("h100", "fp8", "upper-bound", 1, 5000, 500, "1000", null);
        List<ThroughputRun> runs = List.of(even, shortPrompts, longInput);

        // a chat of 5 input tokens per output token: the 10:1 run is nearer than 1:1
        assertThat(HostingOption.of(runs, GPUS, new BigDecimal("0.2"), null).get(0).run()).isSameAs(longInput);
        // an even mix, monthly: of the two even runs the median (the lower of two), so short prompts do not decide
        assertThat(HostingOption.of(runs, GPUS, BigDecimal.ONE, null).get(0).run()).isSameAs(even);
        ThroughputRun longEven = run("h100", "fp8", "upper-bound", 1, 2048, 2048, "3000", null);
        assertThat(HostingOption.of(List.of(even, shortPrompts, longEven), GPUS, BigDecimal.ONE, null).get(0).run())
            .isSameAs(even);
        // an even mix of 300-token requests: the 256-token run is the nearer in length
        assertThat(HostingOption.of(runs, GPUS, BigDecimal.ONE, 300L).get(0).run()).isSameAs(shortPrompts);
    }

    @Test
    void theDefaultIsTheCheapestPricedServingOptionAndAPickCanNameEitherHalf() {
        ThroughputRun h100Upper = run("h100", "fp4", "upper-bound", 1, 1000, 1000, "50000", null);
        ThroughputRun h100Serving = run("h100", "bf16", "serving", 1, 1000, 1000, "2000", "4000");
        ThroughputRun l4Serving = run("l4", "bf16", "serving", 1, 1000, 1000, "500", "1000");
        ThroughputRun unpriced = run("mi300x", "fp8", "serving", 1, 1000, 1000, "90000", "180000");
        List<HostingOption> options = HostingOption.of(List.of(h100Upper, h100Serving, l4Serving, unpriced), GPUS,
                BigDecimal.ONE, null);

        // cheapest per token first, the unpriced last
        assertThat(options).extracting(HostingOption::key)
            .containsExactly("h100 fp4", "h100 bf16", "l4 bf16", "mi300x fp8");
        // $1.30 / 14.4M tokens an hour = $0.0903 per 1M against $0.84 / 3.6M = $0.2333: the H100 serving run
        assertThat(HostingOption.byDefault(options).orElseThrow().key()).isEqualTo("h100 bf16");
        assertThat(HostingOption.chosen(options, "h100", null).orElseThrow().key()).isEqualTo("h100 bf16");
        assertThat(HostingOption.chosen(options, null, "fp4").orElseThrow().key()).isEqualTo("h100 fp4");
        assertThat(HostingOption.chosen(options, "mi300x", null).orElseThrow().price()).isNull();
        assertThat(HostingOption.chosen(options, "l4", "fp8")).isEmpty();
    }

    @Test
    void withOnlyUpperBoundsTheDefaultIsTheCheapestUpperBound() {
        List<HostingOption> options = HostingOption.of(List.of(run("l4", "fp8", "upper-bound", 1, 128, 128, "100", null),
                run("h100", "fp8", "upper-bound", 2, 128, 128, "6378", null)), GPUS, BigDecimal.ONE, null);

        assertThat(HostingOption.byDefault(options).orElseThrow().gpu()).isSameAs(H100);
        assertThat(HostingOption.byDefault(List.of())).isEmpty();
    }

    @Test
    void aGpusDefaultPriceIsItsNewestAndRentingComesBeforeOwning() {
        assertThat(HostingOption.defaultPrice(H100).orElseThrow().getUsdPerHour()).isEqualByComparingTo("1.30");
        assertThat(HostingOption.defaultPrice(L4).orElseThrow().getUsdPerHour()).isEqualByComparingTo("0.84");
        assertThat(HostingOption.defaultPrice(UNPRICED)).isEmpty();
    }
}
