package com.llmcompare.core.cost;

import com.llmcompare.cost.GpuSizing;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The data set's hosting profile for one open model ({@code data/hosting.json}): the GPU it runs on
 * and the default GPU price and throughput, each a sourced assumption the user may override. The
 * GPUs it needs are not stored: they follow from the model's parameters ({@link GpuSizing}).
 */
@Entity
@Table(name = "hosting_profile")
public class HostingDefaults {

    @Id
    private String modelSlug;

    private String gpuType;

    private BigDecimal gpuMemoryGb;

    private String gpuMemorySourceId;

    private String gpuMemoryQuote;

    @Column(name = "precision_label")
    private String precision;

    private BigDecimal gpuHourlyUsd;

    private String gpuHourlySourceId;

    private String gpuHourlyQuote;

    private String gpuHourlyConfidence;

    private String gpuHourlyNote;

    private BigDecimal tokensPerSecondPerGpu;

    private String throughputSourceId;

    private String throughputQuote;

    private String throughputConfidence;

    private String throughputNote;

    private String note;

    protected HostingDefaults() {
    }

    /** A sourced figure as the data set states it. */
    public record Assumption(BigDecimal value, String sourceId, String quote, String confidence, String note) {
    }

    public HostingDefaults(String modelSlug, String gpuType, Assumption gpuMemoryGb, String precision,
            Assumption gpuHourlyUsd, Assumption tokensPerSecondPerGpu, String note) {
        this.modelSlug = modelSlug;
        this.gpuType = gpuType;
        this.gpuMemoryGb = gpuMemoryGb.value();
        this.gpuMemorySourceId = gpuMemoryGb.sourceId();
        this.gpuMemoryQuote = gpuMemoryGb.quote();
        this.precision = precision;
        this.gpuHourlyUsd = gpuHourlyUsd.value();
        this.gpuHourlySourceId = gpuHourlyUsd.sourceId();
        this.gpuHourlyQuote = gpuHourlyUsd.quote();
        this.gpuHourlyConfidence = gpuHourlyUsd.confidence();
        this.gpuHourlyNote = gpuHourlyUsd.note();
        this.tokensPerSecondPerGpu = tokensPerSecondPerGpu.value();
        this.throughputSourceId = tokensPerSecondPerGpu.sourceId();
        this.throughputQuote = tokensPerSecondPerGpu.quote();
        this.throughputConfidence = tokensPerSecondPerGpu.confidence();
        this.throughputNote = tokensPerSecondPerGpu.note();
        this.note = note;
    }

    public String getModelSlug() {
        return modelSlug;
    }

    public String getGpuType() {
        return gpuType;
    }

    public Assumption getGpuMemoryGb() {
        return new Assumption(gpuMemoryGb, gpuMemorySourceId, gpuMemoryQuote, null, null);
    }

    public Precision getPrecision() {
        return Precision.fromLabel(precision);
    }

    public Assumption getGpuHourlyUsd() {
        return new Assumption(gpuHourlyUsd, gpuHourlySourceId, gpuHourlyQuote, gpuHourlyConfidence, gpuHourlyNote);
    }

    public Assumption getTokensPerSecondPerGpu() {
        return new Assumption(tokensPerSecondPerGpu, throughputSourceId, throughputQuote, throughputConfidence,
                throughputNote);
    }

    public String getNote() {
        return note;
    }
}
