package com.llmcompare.benchmarks;

import com.llmcompare.core.benchmark.BestScore;
import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.benchmark.Saturation;
import com.llmcompare.core.snapshot.DataSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.llmcompare.web.BarChart;
import com.llmcompare.web.Formats;
import com.llmcompare.web.NotFoundException;
import com.llmcompare.web.SlugSuggester;

/** Reads benchmarks and their scores, and draws a benchmark's chart. */
@Service
public class BenchmarkCatalogue {

    private final Formats formats;

    private final DataSnapshot snapshot;

    BenchmarkCatalogue(Formats formats, DataSnapshot snapshot) {
        this.snapshot = snapshot;
        this.formats = formats;
    }

    public List<Benchmark> all() {
        return snapshot.benchmarks();
    }

    /** Number of scores per benchmark slug. */
    public Map<String, Long> scoreCounts() {
        return snapshot.scores()
            .stream()
            .collect(Collectors.groupingBy(score -> score.getBenchmark().getSlug(), Collectors.counting()));
    }

    public Benchmark find(String slug) {
        return snapshot.benchmarks()
            .stream()
            .filter(b -> b.getSlug().equals(slug))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("benchmark", slug, SlugSuggester.closest(slug,
                    snapshot.benchmarks().stream().map(Benchmark::getSlug).toList())));
    }

    /**
     * A benchmark's ranking: one row per model (and per system built on one), its score by
     * {@link BestScore} — independent rows before makers' own — best first; wording without a number last.
     */
    public List<Score> scores(Benchmark benchmark) {
        List<Score> rows = snapshot.scoresOfBenchmark(benchmark.getSlug());
        List<Score> ranking = new ArrayList<>(BestScore.ranking(rows.stream().filter(s -> s.getSystemName() == null).toList()));
        rows.stream().filter(s -> s.getSystemName() != null).forEach(ranking::add);
        return ranking;
    }

    /** All rows of the benchmark, however many per model (settings, sources). */
    public long rowCount(Benchmark benchmark) {
        return snapshot.scoresOfBenchmark(benchmark.getSlug()).size();
    }

    /** Whether the benchmark still separates models, by its best independent score. */
    public Saturation saturation(Benchmark benchmark) {
        return Saturation.of(benchmark, snapshot.scoresOfBenchmark(benchmark.getSlug()));
    }

    public BarChart chart(Benchmark benchmark, List<Score> benchmarkScores) {
        List<BarChart.Entry> entries = benchmarkScores.stream()
            .filter(score -> score.getValue() != null)
            .map(score -> new BarChart.Entry(label(score), score.getValue(),
                    formats.score(score.getValue(), benchmark.isPercent()), score.getSystemName() != null))
            .toList();
        double max = benchmark.isPercent() ? 100 : 0;
        return BarChart.of(benchmark.getName() + " scores",
                benchmark.getName() + ": " + entries.stream()
                    .map(entry -> entry.label() + " " + entry.valueText())
                    .collect(Collectors.joining("; ")),
                entries, max, 760);
    }

    private static String label(Score score) {
        String name = score.getModel().getName();
        return score.getSystemName() != null ? name + " + " + shortSystem(score.getSystemName()) : name;
    }

    private static String shortSystem(String system) {
        int space = system.indexOf(' ');
        return space > 0 ? system.substring(0, space) : system;
    }
}
