package com.llmcompare.core.cost;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One measured run of a model on a group of GPUs ({@code data/throughput.json}). {@code kind} is
 * {@code upper-bound} (an offline maximum-throughput table: every request queued, no latency limit) or
 * {@code serving} (a serving benchmark with its latencies). Throughputs are of the whole group.
 */
@Entity
@Table(name = "throughput_run")
public class ThroughputRun {

    public static final String UPPER_BOUND = "upper-bound";

    @Id
    private int id;

    private String modelSlug;

    private String gpuId;

    private int gpuCount;

    private String parallelism;

    @Column(name = "precision_label")
    private String precision;

    private String engine;

    private String kind;

    private int inputTokens;

    private int outputTokens;

    private Integer concurrency;

    private BigDecimal outputTokensPerSecond;

    private BigDecimal totalTokensPerSecond;

    private BigDecimal ttftMsMedian;

    private BigDecimal ttftMsP99;

    private BigDecimal tpotMsMedian;

    private BigDecimal tpotMsP99;

    private String sourceId;

    private String entry;

    private String quote;

    private String setting;

    private String note;

    protected ThroughputRun() {
    }

    /** The figures of one run, as measured. */
    public record Figures(int gpuCount, String parallelism, String precision, String engine, String kind,
            int inputTokens, int outputTokens, Integer concurrency, BigDecimal outputTokensPerSecond,
            BigDecimal totalTokensPerSecond, BigDecimal ttftMsMedian, BigDecimal ttftMsP99, BigDecimal tpotMsMedian,
            BigDecimal tpotMsP99) {
    }

    public ThroughputRun(int id, String modelSlug, String gpuId, Figures figures, String sourceId, String entry,
            String quote, String setting, String note) {
        this.id = id;
        this.modelSlug = modelSlug;
        this.gpuId = gpuId;
        this.gpuCount = figures.gpuCount();
        this.parallelism = figures.parallelism();
        this.precision = figures.precision();
        this.engine = figures.engine();
        this.kind = figures.kind();
        this.inputTokens = figures.inputTokens();
        this.outputTokens = figures.outputTokens();
        this.concurrency = figures.concurrency();
        this.outputTokensPerSecond = figures.outputTokensPerSecond();
        this.totalTokensPerSecond = figures.totalTokensPerSecond();
        this.ttftMsMedian = figures.ttftMsMedian();
        this.ttftMsP99 = figures.ttftMsP99();
        this.tpotMsMedian = figures.tpotMsMedian();
        this.tpotMsP99 = figures.tpotMsP99();
        this.sourceId = sourceId;
        this.entry = entry;
        this.quote = quote;
        this.setting = setting;
        this.note = note;
    }

    public int getId() {
        return id;
    }

    public String getModelSlug() {
        return modelSlug;
    }

    public String getGpuId() {
        return gpuId;
    }

    public Figures figures() {
        return new Figures(gpuCount, parallelism, precision, engine, kind, inputTokens, outputTokens, concurrency,
                outputTokensPerSecond, totalTokensPerSecond, ttftMsMedian, ttftMsP99, tpotMsMedian, tpotMsP99);
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getEntry() {
        return entry;
    }

    public String getQuote() {
        return quote;
    }

    public String getSetting() {
        return setting;
    }

    public String getNote() {
        return note;
    }
}
