package com.llmcompare.core.cost;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CostClaimRepository extends JpaRepository<CostClaim, String> {

    @EntityGraph(attributePaths = { "numeratorPrice", "numeratorPrice.model", "denominatorPrice",
            "denominatorPrice.model" })
    List<CostClaim> findAllByOrderByPositionAsc();
}
