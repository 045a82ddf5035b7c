package com.llmcompare.core.dataset;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DataSetInfoRepository extends JpaRepository<DataSetInfo, Integer> {
}
