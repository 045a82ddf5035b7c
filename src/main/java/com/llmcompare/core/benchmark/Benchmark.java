package com.llmcompare.core.benchmark;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A benchmark: what it measures (in the article's words and the official ones), its unit and direction. */
@Entity
public class Benchmark {

    @Id
    private String slug;

    private String name;

    private String fullName;

    private String metric;

    private String unit;

    private boolean higherIsBetter;

    private Integer size;

    private String sizeUnit;

    private String articleDescription;

    @Column(name = "article_source_id")
    private String articleSourceId;

    private String articleQuote;

    private String officialDescription;

    @Column(name = "official_source_id")
    private String officialSourceId;

    private String officialQuote;

    private String note;

    private String role;

    private Double ceiling;

    protected Benchmark() {
    }

    public Benchmark(String slug, String name, String fullName, String metric, String unit, boolean higherIsBetter,
            Integer size, String sizeUnit, String articleDescription, String articleSourceId, String articleQuote,
            String officialDescription, String officialSourceId, String officialQuote, String note) {
        this.slug = slug;
        this.name = name;
        this.fullName = fullName;
        this.metric = metric;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.size = size;
        this.sizeUnit = sizeUnit;
        this.articleDescription = articleDescription;
        this.articleSourceId = articleSourceId;
        this.articleQuote = articleQuote;
        this.officialDescription = officialDescription;
        this.officialSourceId = officialSourceId;
        this.officialQuote = officialQuote;
        this.note = note;
    }

    public boolean isPercent() {
        return "percent".equals(unit);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getFullName() {
        return fullName;
    }

    public String getMetric() {
        return metric;
    }

    public String getUnit() {
        return unit;
    }

    public boolean isHigherIsBetter() {
        return higherIsBetter;
    }

    public Integer getSize() {
        return size;
    }

    public String getSizeUnit() {
        return sizeUnit;
    }

    public String getArticleDescription() {
        return articleDescription;
    }

    public String getArticleSourceId() {
        return articleSourceId;
    }

    public String getArticleQuote() {
        return articleQuote;
    }

    public String getOfficialDescription() {
        return officialDescription;
    }

    public String getOfficialSourceId() {
        return officialSourceId;
    }

    public String getOfficialQuote() {
        return officialQuote;
    }

    public String getNote() {
        return note;
    }

    /**
     * What the site uses the benchmark for: "headline" (leads comparisons, fills the quality column),
     * "index" (one overall number), "preference" (human votes), or null (shown on its own only).
     */
    public Benchmark withRole(String role, Double ceiling) {
        this.role = role;
        this.ceiling = ceiling;
        return this;
    }

    public String getRole() {
        return role;
    }

    /** One overall number fitted from other benchmarks (Epoch's ECI): not a benchmark of its own. */
    public boolean isIndex() {
        return "index".equals(role);
    }

    /** Whether it feeds a model's quality (the catalogue's column, the decision helper): headline or index. */
    public boolean feedsQuality() {
        return isHeadline() || isIndex();
    }

    public boolean isHeadline() {
        return "headline".equals(role);
    }

    /** The best possible score (100 for a share of tasks), or null for an unbounded scale. */
    public Double getCeiling() {
        return ceiling;
    }
}
