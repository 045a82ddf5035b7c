package com.llmcompare.core.benchmark;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreRepository extends JpaRepository<Score, Long> {

    @EntityGraph(attributePaths = { "model", "benchmark" })
    List<Score> findByBenchmark_SlugOrderByValueDesc(String benchmarkSlug);

    @EntityGraph(attributePaths = { "model", "benchmark" })
    List<Score> findByModel_SlugOrderByBenchmark_NameAsc(String modelSlug);

    @EntityGraph(attributePaths = { "model", "benchmark" })
    List<Score> findByModel_SlugIn(Collection<String> modelSlugs);

    @EntityGraph(attributePaths = { "model", "benchmark" })
    List<Score> findAllByOrderByBenchmarkNameAscValueDesc();

    List<Score> findBySourceId(String sourceId);

    List<Score> findByCheckSourceId(String sourceId);
}
