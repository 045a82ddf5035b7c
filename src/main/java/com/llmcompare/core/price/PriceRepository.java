package com.llmcompare.core.price;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriceRepository extends JpaRepository<Price, String> {

    @EntityGraph(attributePaths = { "model", "sourceIds" })
    List<Price> findByModel_SlugOrderByValidFromDesc(String modelSlug);

    @EntityGraph(attributePaths = { "model", "sourceIds" })
    List<Price> findByModel_SlugIn(Collection<String> modelSlugs);

    @EntityGraph(attributePaths = { "model", "sourceIds" })
    List<Price> findAllByOrderByValidFromDesc();
}
