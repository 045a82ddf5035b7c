package com.llmcompare.core.cost;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a model's published configuration says about its size in memory ({@code data/architectures.json}):
 * the numbers the KV cache is worked out from. {@code attention} is {@code gqa} (grouped-query or plain
 * multi-head attention: 2 × kvHeads × headDim values per layer and token) or {@code mla} (latent attention:
 * kvLoraRank + qkRopeHeadDim values per layer and token); {@code slidingLayers} of the layers keep only the
 * last {@code slidingWindow} tokens.
 */
@Entity
@Table(name = "model_architecture")
public class ModelArchitecture {

    @Id
    private String modelSlug;

    private int layers;

    private String attention;

    private Integer kvHeads;

    private Integer headDim;

    private Integer kvLoraRank;

    private Integer qkRopeHeadDim;

    private Integer slidingLayers;

    private Integer slidingWindow;

    private Integer experts;

    private Integer expertsPerToken;

    private Long activeParameters;

    private String sourceId;

    private String quote;

    private String note;

    protected ModelArchitecture() {
    }

    public ModelArchitecture(String modelSlug, int layers, String attention, Integer kvHeads, Integer headDim,
            Integer kvLoraRank, Integer qkRopeHeadDim, Integer slidingLayers, Integer slidingWindow, Integer experts,
            Integer expertsPerToken, Long activeParameters, String sourceId, String quote, String note) {
        this.modelSlug = modelSlug;
        this.layers = layers;
        this.attention = attention;
        this.kvHeads = kvHeads;
        this.headDim = headDim;
        this.kvLoraRank = kvLoraRank;
        this.qkRopeHeadDim = qkRopeHeadDim;
        this.slidingLayers = slidingLayers;
        this.slidingWindow = slidingWindow;
        this.experts = experts;
        this.expertsPerToken = expertsPerToken;
        this.activeParameters = activeParameters;
        this.sourceId = sourceId;
        this.quote = quote;
        this.note = note;
    }

    public String getModelSlug() {
        return modelSlug;
    }

    public int getLayers() {
        return layers;
    }

    public String getAttention() {
        return attention;
    }

    public Integer getKvHeads() {
        return kvHeads;
    }

    public Integer getHeadDim() {
        return headDim;
    }

    public Integer getKvLoraRank() {
        return kvLoraRank;
    }

    public Integer getQkRopeHeadDim() {
        return qkRopeHeadDim;
    }

    public Integer getSlidingLayers() {
        return slidingLayers;
    }

    public Integer getSlidingWindow() {
        return slidingWindow;
    }

    public Integer getExperts() {
        return experts;
    }

    public Integer getExpertsPerToken() {
        return expertsPerToken;
    }

    public Long getActiveParameters() {
        return activeParameters;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getQuote() {
        return quote;
    }

    public String getNote() {
        return note;
    }
}
