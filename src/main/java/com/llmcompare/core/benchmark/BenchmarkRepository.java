package com.llmcompare.core.benchmark;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BenchmarkRepository extends JpaRepository<Benchmark, String> {

    List<Benchmark> findAllByOrderByNameAsc();
}
