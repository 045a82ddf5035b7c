package com.llmcompare.core.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * One tokenizer and the models that use it ({@code data/tokenizers.json}). {@code kind}: {@code tiktoken} (an
 * OpenAI encoding, {@code encoding}), {@code huggingface} (a published {@code tokenizer.json}, shipped under
 * {@code resource}) or {@code estimate} (a tokenizer that is not public: {@code baseFamily}'s count × {@code ratio}).
 */
@Entity
@Table(name = "tokenizer_family")
public class TokenizerFamily {

    public static final String TIKTOKEN = "tiktoken";

    public static final String HUGGINGFACE = "huggingface";

    public static final String ESTIMATE = "estimate";

    @Id
    private String id;

    private String name;

    private String kind;

    @Column(name = "encoding_name")
    private String encoding;

    @Column(name = "resource_name")
    private String resource;

    private String baseFamily;

    private BigDecimal ratio;

    private String sourceId;

    private String quote;

    private String licence;

    private String licenceSourceId;

    private String note;

    @ElementCollection
    @CollectionTable(name = "tokenizer_model", joinColumns = @JoinColumn(name = "family_id"))
    @Column(name = "model_slug")
    private List<String> models = new ArrayList<>();

    protected TokenizerFamily() {
    }

    /** How the family counts: its kind and what that kind needs. */
    public record Counting(String kind, String encoding, String resource, String baseFamily, BigDecimal ratio) {
    }

    public TokenizerFamily(String id, String name, Counting counting, String sourceId, String quote, String licence,
            String licenceSourceId, String note, List<String> models) {
        this.id = id;
        this.name = name;
        this.kind = counting.kind();
        this.encoding = counting.encoding();
        this.resource = counting.resource();
        this.baseFamily = counting.baseFamily();
        this.ratio = counting.ratio();
        this.sourceId = sourceId;
        this.quote = quote;
        this.licence = licence;
        this.licenceSourceId = licenceSourceId;
        this.note = note;
        this.models = new ArrayList<>(models);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Counting counting() {
        return new Counting(kind, encoding, resource, baseFamily, ratio);
    }

    public boolean isEstimate() {
        return ESTIMATE.equals(kind);
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getQuote() {
        return quote;
    }

    public String getLicence() {
        return licence;
    }

    public String getLicenceSourceId() {
        return licenceSourceId;
    }

    public String getNote() {
        return note;
    }

    public List<String> getModels() {
        return models;
    }
}
