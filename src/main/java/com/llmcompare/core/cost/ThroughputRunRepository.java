package com.llmcompare.core.cost;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ThroughputRunRepository extends JpaRepository<ThroughputRun, Integer> {

    List<ThroughputRun> findAllByOrderByIdAsc();
}
