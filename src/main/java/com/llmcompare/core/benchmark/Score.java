package com.llmcompare.core.benchmark;

import com.llmcompare.core.model.LanguageModel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A model's result on a benchmark, as one source reports it. A score with a {@code systemName}
 * belongs to a system built on the model (GPT-4 in the Reflexion agent), not to the model.
 */
@Entity
public class Score {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "model_slug")
    private LanguageModel model;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "benchmark_slug")
    private Benchmark benchmark;

    @Column(name = "score_value")
    private Double value;

    private String valueText;

    private String shots;

    private String setting;

    private String reportedBy;

    private boolean selfReported;

    @Column(name = "source_id")
    private String sourceId;

    private String quote;

    private String confidence;

    private String origin;

    private boolean unverified;

    private String note;

    private String systemName;

    private Double checkValue;

    private String checkSetting;

    @Column(name = "check_source_id")
    private String checkSourceId;

    private String checkQuote;

    private String checkStatus;

    private String checkNote;

    private String runBy;

    private String runByUrl;

    private String runDate;

    private String uncertainty;

    private Long votes;

    protected Score() {
    }

    public Score(LanguageModel model, Benchmark benchmark, Double value, String valueText, String shots,
            String setting, String reportedBy, boolean selfReported, String sourceId, String quote, String confidence,
            String origin, boolean unverified, String note, String systemName) {
        this.model = model;
        this.benchmark = benchmark;
        this.value = value;
        this.valueText = valueText;
        this.shots = shots;
        this.setting = setting;
        this.reportedBy = reportedBy;
        this.selfReported = selfReported;
        this.sourceId = sourceId;
        this.quote = quote;
        this.confidence = confidence;
        this.origin = origin;
        this.unverified = unverified;
        this.note = note;
        this.systemName = systemName;
    }

    /** Records how an outside source confirms (or qualifies) the reported value. */
    public Score withCheck(Double value, String setting, String sourceId, String quote, String status, String note) {
        this.checkValue = value;
        this.checkSetting = setting;
        this.checkSourceId = sourceId;
        this.checkQuote = quote;
        this.checkStatus = status;
        this.checkNote = note;
        return this;
    }

    /**
     * Records who ran the evaluation (a board, a lab, the maker), where its run can be seen, when,
     * how uncertain the board says it is, and the votes behind a rating.
     */
    public Score withRun(String by, String byUrl, String date, String uncertainty, Long votes) {
        this.runBy = by;
        this.runByUrl = byUrl;
        this.runDate = date;
        this.uncertainty = uncertainty;
        this.votes = votes;
        return this;
    }

    /** Run by someone other than the model's maker (a board, a lab, human voters). */
    public boolean isIndependent() {
        return !selfReported;
    }

    public String getRunBy() {
        return runBy;
    }

    public String getRunByUrl() {
        return runByUrl;
    }

    public String getRunDate() {
        return runDate;
    }

    public String getUncertainty() {
        return uncertainty;
    }

    public Long getVotes() {
        return votes;
    }

    /** A model's own result: not a system built on it, and a single number. */
    public boolean isModelResult() {
        return systemName == null && value != null;
    }

    public Long getId() {
        return id;
    }

    public LanguageModel getModel() {
        return model;
    }

    public Benchmark getBenchmark() {
        return benchmark;
    }

    public Double getValue() {
        return value;
    }

    public String getValueText() {
        return valueText;
    }

    public String getShots() {
        return shots;
    }

    public String getSetting() {
        return setting;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public boolean isSelfReported() {
        return selfReported;
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

    public boolean isUnverified() {
        return unverified;
    }

    public String getNote() {
        return note;
    }

    public String getSystemName() {
        return systemName;
    }

    public Double getCheckValue() {
        return checkValue;
    }

    public String getCheckSetting() {
        return checkSetting;
    }

    public String getCheckSourceId() {
        return checkSourceId;
    }

    public String getCheckQuote() {
        return checkQuote;
    }

    public String getCheckStatus() {
        return checkStatus;
    }

    public String getCheckNote() {
        return checkNote;
    }
}
