package com.llmcompare.core.openness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A developer's score in one edition of the Foundation Model Transparency Index: how much it
 * discloses about how it builds its flagship model (100 indicators, 0 or 1 each). It rates the
 * developer, not one model, and the 2025 indicators differ from 2023's and 2024's.
 */
@Entity
public class DeveloperTransparency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String vendorSlug;

    private String developer;

    private String edition;

    private int score;

    private int maxScore;

    @Column(name = "source_id")
    private String sourceId;

    protected DeveloperTransparency() {
    }

    public DeveloperTransparency(String vendorSlug, String developer, String edition, int score, int maxScore,
            String sourceId) {
        this.vendorSlug = vendorSlug;
        this.developer = developer;
        this.edition = edition;
        this.score = score;
        this.maxScore = maxScore;
        this.sourceId = sourceId;
    }

    public String getVendorSlug() {
        return vendorSlug;
    }

    public String getDeveloper() {
        return developer;
    }

    /** "2025-12": the month the edition was published. */
    public String getEdition() {
        return edition;
    }

    public int getScore() {
        return score;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public String getSourceId() {
        return sourceId;
    }
}
