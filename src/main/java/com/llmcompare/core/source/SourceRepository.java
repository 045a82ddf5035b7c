package com.llmcompare.core.source;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceRepository extends JpaRepository<Source, String> {

    List<Source> findAllByOrderByKindAscTitleAsc();
}
