package com.llmcompare.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.benchmark.BestScore;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.calendar.Today;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.openness.OpennessLevel;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.TokenMix;
import com.llmcompare.core.snapshot.DataSnapshot;

/**
 * The quality-against-price charts of the site's pages, from the in-memory data set: one point per model
 * with "the" score on the chosen benchmark ({@link BestScore}) and a price of its cheapest offer at a
 * mix ({@link Offers#cheapestAt}), or a cost the page works out ({@link #chart(Benchmark, Function,
 * Set, String, String)}). The benchmarks a chart can show are the index and the headline ones.
 */
@Component
public class QualityPriceCharts {

    /** The chart's parameter: a benchmark's slug. */
    public static final String PARAMETER = "chart";

    private final DataSnapshot snapshot;

    private final Today today;

    private final Formats formats;

    QualityPriceCharts(DataSnapshot snapshot, Today today, Formats formats) {
        this.snapshot = snapshot;
        this.today = today;
        this.formats = formats;
    }

    /** The benchmarks a chart can show: the overall index first, then the headline benchmarks. */
    public List<Benchmark> metrics() {
        List<Benchmark> metrics = new ArrayList<>();
        snapshot.benchmarks().stream().filter(Benchmark::isIndex).forEach(metrics::add);
        snapshot.benchmarks().stream().filter(Benchmark::isHeadline).forEach(metrics::add);
        return metrics;
    }

    /** The benchmark a {@code chart} parameter names (the index when blank), or a 400 listing the choices. */
    public Benchmark metric(String slug) {
        List<Benchmark> metrics = metrics();
        if (slug == null || slug.isBlank()) {
            return metrics.get(0);
        }
        return metrics.stream()
            .filter(b -> b.getSlug().equals(slug))
            .findFirst()
            .orElseThrow(() -> new BadRequestException(PARAMETER, PARAMETER + " must be one of "
                    + String.join(", ", metrics.stream().map(Benchmark::getSlug).toList()) + ", not '"
                    + LogSafe.text(slug) + "'"));
    }

    /** Charts at a mix kept by what they depend on: the data set does not change while the site runs. */
    private record Key(String metric, TokenMix mix, Set<String> ringed, LocalDate day) {
    }

    /** Enough for every benchmark with the common selections; past it the charts are drawn afresh. */
    private static final int KEPT = 2_000;

    private final Map<Key, QualityPriceChart> kept = new ConcurrentHashMap<>();

    /** Every priced model's score against its price per 1M tokens at the mix. */
    public QualityPriceChart atMix(Benchmark metric, TokenMix mix, Set<String> ringed) {
        Key key = new Key(metric.getSlug(), mix, Set.copyOf(ringed), today.date());
        QualityPriceChart chart = kept.get(key);
        if (chart == null) {
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            chart = draw(metric, mix, key.ringed());
            kept.put(key, chart);
        }
        return chart;
    }

    private QualityPriceChart draw(Benchmark metric, TokenMix mix, Set<String> ringed) {
        Map<String, Offers> offers = snapshot.offers(today.date());
        return chart(metric, model -> Optional.ofNullable(offers.get(model.getSlug()))
            .flatMap(o -> o.cheapestAt(mix))
            .flatMap(mix::perMillion)
            .orElse(null), ringed,
                "Price per 1M tokens at " + mix.text() + " input:output, cheapest offer (USD, log scale)",
                "per 1M tokens at " + mix.text());
    }

    /**
     * @param x a model's price or cost (USD), or {@code null} for a model not to plot
     * @param xUnit how a value of x is read, after the amount ("per 1M tokens at 3:1", "a month")
     */
    public QualityPriceChart chart(Benchmark metric, Function<LanguageModel, BigDecimal> x, Set<String> ringed,
            String xTitle, String xUnit) {
        List<QualityPriceChart.Point> points = new ArrayList<>();
        for (Score score : BestScore.ranking(snapshot.scoresOfBenchmark(metric.getSlug()))) {
            LanguageModel model = score.getModel();
            BigDecimal amount = score.getValue() == null ? null : x.apply(model);
            if (amount == null || amount.signum() <= 0) {
                continue;
            }
            boolean open = model.getOpennessLevel() != OpennessLevel.CLOSED;
            boolean retired = model.lifecycleOn(today.date()).isRetired();
            points.add(new QualityPriceChart.Point(model.getSlug(), model.getName(), amount.doubleValue(),
                    score.getValue(), open, retired, ringed.contains(model.getSlug()), "/models/" + model.getSlug(),
                    formats.usdPrecise(amount) + " " + xUnit,
                    metric.getName() + " " + formats.score(score.getValue(), metric.isPercent())
                            + (score.isIndependent() ? "" : " (reported by its maker)")));
        }
        String yTitle = metric.getName() + (metric.isPercent() ? " (%)" : "") + ", best independent score";
        return QualityPriceChart.of(metric.getName() + " against price",
                points.size() + " models with a " + metric.getName() + " score and a price. " + xTitle + " across; "
                        + yTitle + " up. Squares are open-weights models, circles closed ones; hollow marks are retired "
                        + "models; the line joins the cheapest-for-quality frontier.",
                xTitle, yTitle, points, formats::compactUsd);
    }

    /**
     * What {@code fragments/quality-chart} reads, for a page at {@code pageUrl} (its own link, to which the
     * benchmark switch adds {@code chart=}): the chart at the default mix, the benchmarks to switch to and the
     * one shown.
     */
    public Map<String, Object> attributes(String chartSlug, Collection<String> ringed, String pageUrl) {
        Benchmark metric = metric(chartSlug);
        return attributes(metric, metrics(), ringed, pageUrl);
    }

    /** The same for a chart of one given benchmark (a benchmark's own page): no switch to others. */
    public Map<String, Object> attributes(Benchmark metric, List<Benchmark> switchable, Collection<String> ringed,
            String pageUrl) {
        return Map.of("qualityChart", atMix(metric, TokenMix.DEFAULT, Set.copyOf(ringed)), "metrics", switchable,
                "metric", metric, "chartBase", pageUrl + (pageUrl.contains("?") ? "&" : "?"));
    }
}
