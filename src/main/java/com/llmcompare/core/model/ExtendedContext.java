package com.llmcompare.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A longer context window than the base model's, offered by a variant, a fine-tune or research. */
@Embeddable
public class ExtendedContext {

    private int tokens;

    private String label;

    @Column(name = "source_id")
    private String sourceId;

    private String quote;

    private String confidence;

    protected ExtendedContext() {
    }

    public ExtendedContext(int tokens, String label, String sourceId, String quote, String confidence) {
        this.tokens = tokens;
        this.label = label;
        this.sourceId = sourceId;
        this.quote = quote;
        this.confidence = confidence;
    }

    public int getTokens() {
        return tokens;
    }

    public String getLabel() {
        return label;
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
}
