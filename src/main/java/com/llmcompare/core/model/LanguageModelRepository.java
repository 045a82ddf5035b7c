package com.llmcompare.core.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LanguageModelRepository extends JpaRepository<LanguageModel, String> {

    // LOAD, not FETCH: attributes outside the graph keep their own fetch type (the openness audit is eager)
    @EntityGraph(attributePaths = { "vendor", "license" }, type = EntityGraphType.LOAD)
    List<LanguageModel> findAllByOrderByNameAsc();

    @EntityGraph(attributePaths = { "vendor", "license", "claims", "extendedContexts" }, type = EntityGraphType.LOAD)
    Optional<LanguageModel> findWithClaimsBySlug(String slug);

    List<LanguageModel> findByBaseModelSlug(String baseModelSlug);
}
