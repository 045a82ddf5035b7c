package com.llmcompare.core.openness;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimCheckRepository extends JpaRepository<ClaimCheck, String> {

    List<ClaimCheck> findAllByOrderByPositionAsc();
}
