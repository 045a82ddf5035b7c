package com.llmcompare.core.openness;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeveloperTransparencyRepository extends JpaRepository<DeveloperTransparency, Long> {

    /** A vendor's scores, newest edition first. */
    List<DeveloperTransparency> findByVendorSlugOrderByEditionDesc(String vendorSlug);
}
