package com.llmcompare.core.cost;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HostingDefaultsRepository extends JpaRepository<HostingDefaults, String> {
}
