package com.llmcompare.core.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many output tokens (the answer and the thinking together) a model produced per task of a benchmark, at
 * one setting ({@code data/reasoning.json}; Aider's polyglot exercises): a measured figure for the reasoning a
 * request brings, by effort.
 */
@Entity
@Table(name = "reasoning_measurement")
public class ReasoningMeasurement {

    @Id
    private int id;

    private String modelSlug;

    private String setting;

    private String effort;

    private Integer thinkingBudget;

    private int outputTokensPerTask;

    private Integer promptTokensPerTask;

    private int tasks;

    @Column(name = "measured_on")
    private String date;

    private String sourceId;

    private String entry;

    private String quote;

    protected ReasoningMeasurement() {
    }

    /** The figures as measured. */
    public record Figures(String setting, String effort, Integer thinkingBudget, int outputTokensPerTask,
            Integer promptTokensPerTask, int tasks, String date) {
    }

    public ReasoningMeasurement(int id, String modelSlug, Figures figures, String sourceId, String entry, String quote) {
        this.id = id;
        this.modelSlug = modelSlug;
        this.setting = figures.setting();
        this.effort = figures.effort();
        this.thinkingBudget = figures.thinkingBudget();
        this.outputTokensPerTask = figures.outputTokensPerTask();
        this.promptTokensPerTask = figures.promptTokensPerTask();
        this.tasks = figures.tasks();
        this.date = figures.date();
        this.sourceId = sourceId;
        this.entry = entry;
        this.quote = quote;
    }

    public int getId() {
        return id;
    }

    public String getModelSlug() {
        return modelSlug;
    }

    public Figures figures() {
        return new Figures(setting, effort, thinkingBudget, outputTokensPerTask, promptTokensPerTask, tasks, date);
    }

    public String getSetting() {
        return setting;
    }

    public int getOutputTokensPerTask() {
        return outputTokensPerTask;
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
}
