package com.llmcompare.core.cost;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GpuRepository extends JpaRepository<Gpu, String> {

    List<Gpu> findAllByOrderByNameAsc();
}
