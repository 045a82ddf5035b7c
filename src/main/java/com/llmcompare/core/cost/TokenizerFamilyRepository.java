package com.llmcompare.core.cost;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TokenizerFamilyRepository extends JpaRepository<TokenizerFamily, String> {

    List<TokenizerFamily> findAllByOrderByNameAsc();
}
