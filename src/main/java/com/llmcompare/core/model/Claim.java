package com.llmcompare.core.model;

import com.llmcompare.core.source.CatalogueCredit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One source's statement of a fact about a model or licence ("8,192 tokens", per the API
 * docs). A fact can have several claims that disagree; the page shows them all.
 */
@Embeddable
public class Claim {

    /** Which fact: release, parameters, context, trainingTokens, trainingData, ... */
    private String field;

    private String valueText;

    private Double number;

    private Double low;

    private Double high;

    private String status;

    @Column(name = "source_id")
    private String sourceId;

    private String quote;

    private String confidence;

    private String origin;

    private String note;

    private boolean unverified;

    protected Claim() {
    }

    public Claim(String field, String valueText, Double number, Double low, Double high, String status,
            String sourceId, String quote, String confidence, String origin, String note, boolean unverified) {
        this.field = field;
        this.valueText = valueText;
        this.number = number;
        this.low = low;
        this.high = high;
        this.status = status;
        this.sourceId = sourceId;
        this.quote = quote;
        this.confidence = confidence;
        this.origin = origin;
        this.note = note;
        this.unverified = unverified;
    }

    public String getField() {
        return field;
    }

    public String getValueText() {
        return valueText;
    }

    public Double getNumber() {
        return number;
    }

    public Double getLow() {
        return low;
    }

    public Double getHigh() {
        return high;
    }

    public String getStatus() {
        return status;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getQuote() {
        return quote;
    }

    public String getConfidence() {
        return confidence;
    }

    public String getOrigin() {
        return origin;
    }

    public String getNote() {
        return note;
    }

    public boolean isUnverified() {
        return unverified;
    }

    public boolean isFromArticle() {
        return "article".equals(origin);
    }

    /** Imported from a community catalogue (models.dev, genai-prices, LLMStats). */
    public boolean isFromCatalogue() {
        return "catalogue".equals(origin);
    }

    /** The catalogue's name ("models.dev"), or null for a claim from elsewhere. */
    public String getCatalogueName() {
        return CatalogueCredit.ofSource(sourceId).map(CatalogueCredit::name).orElse(null);
    }

    public boolean isSpeculation() {
        return "speculated".equals(status) || "estimated".equals(status);
    }
}
