package com.llmcompare.core.openness;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TradeOffRepository extends JpaRepository<TradeOff, String> {

    List<TradeOff> findAllByOrderByPositionAsc();
}
