package com.llmcompare.core.openness;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TradeOffItemRepository extends JpaRepository<TradeOffItem, String> {
}
