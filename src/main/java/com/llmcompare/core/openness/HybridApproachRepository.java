package com.llmcompare.core.openness;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HybridApproachRepository extends JpaRepository<HybridApproach, String> {

    List<HybridApproach> findAllByOrderByPositionAsc();
}
