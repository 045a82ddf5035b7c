package com.llmcompare.core.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** A model licence: whether OSI approves it, and its commercial terms quoted from the text. */
@Entity
public class License {

    @Id
    private String slug;

    private String name;

    private String url;

    private boolean osiApproved;

    private String commercialUse;

    private String conditions;

    private String restrictions;

    @Column(name = "source_id")
    private String sourceId;

    @ElementCollection
    @CollectionTable(name = "license_term", joinColumns = @JoinColumn(name = "license_slug"))
    @OrderColumn(name = "position")
    private List<Claim> keyTerms = new ArrayList<>();

    protected License() {
    }

    public License(String slug, String name, String url, boolean osiApproved, String commercialUse, String conditions,
            String restrictions, String sourceId, List<Claim> keyTerms) {
        this.slug = slug;
        this.name = name;
        this.url = url;
        this.osiApproved = osiApproved;
        this.commercialUse = commercialUse;
        this.conditions = conditions;
        this.restrictions = restrictions;
        this.sourceId = sourceId;
        this.keyTerms = new ArrayList<>(keyTerms);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public boolean isOsiApproved() {
        return osiApproved;
    }

    public String getCommercialUse() {
        return commercialUse;
    }

    public String getConditions() {
        return conditions;
    }

    public String getRestrictions() {
        return restrictions;
    }

    public String getSourceId() {
        return sourceId;
    }

    public List<Claim> getKeyTerms() {
        return keyTerms;
    }
}
