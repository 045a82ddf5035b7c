package com.llmcompare.core.cost;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelArchitectureRepository extends JpaRepository<ModelArchitecture, String> {
}
