package com.llmcompare.core.cost;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReasoningMeasurementRepository extends JpaRepository<ReasoningMeasurement, Integer> {

    List<ReasoningMeasurement> findAllByOrderByIdAsc();
}
