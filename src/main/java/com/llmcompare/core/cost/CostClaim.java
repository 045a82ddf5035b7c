package com.llmcompare.core.cost;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.llmcompare.core.price.Price;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A cost claim made by an article ({@code data/cost-claims.json}), such as "18x more for GPT-4 than
 * the biggest Llama 2", with the two prices it compares, the per-request workload to compare them
 * at, and why the data gives a different figure.
 */
@Entity
public class CostClaim {

    @Id
    private String id;

    private int position;

    @Column(name = "claim_text")
    private String claim;

    @Column(name = "context_text")
    private String context;

    private String sourceId;

    private BigDecimal claimedRatio;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "numerator_price_id")
    private Price numeratorPrice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "denominator_price_id")
    private Price denominatorPrice;

    private int inputTokensPerRequest;

    private int outputTokensPerRequest;

    private String counterpartValue;

    private String counterpartSourceId;

    private String counterpartQuote;

    private String explanation;

    private String explanationSourceIds;

    protected CostClaim() {
    }

    public CostClaim(String id, int position, String claim, String context, String sourceId, BigDecimal claimedRatio,
            Price numeratorPrice, Price denominatorPrice, int inputTokensPerRequest, int outputTokensPerRequest,
            String counterpartValue, String counterpartSourceId, String counterpartQuote, String explanation,
            List<String> explanationSourceIds) {
        this.id = id;
        this.position = position;
        this.claim = claim;
        this.context = context;
        this.sourceId = sourceId;
        this.claimedRatio = claimedRatio;
        this.numeratorPrice = numeratorPrice;
        this.denominatorPrice = denominatorPrice;
        this.inputTokensPerRequest = inputTokensPerRequest;
        this.outputTokensPerRequest = outputTokensPerRequest;
        this.counterpartValue = counterpartValue;
        this.counterpartSourceId = counterpartSourceId;
        this.counterpartQuote = counterpartQuote;
        this.explanation = explanation;
        this.explanationSourceIds = String.join(",", explanationSourceIds);
    }

    public String getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getClaim() {
        return claim;
    }

    public String getContext() {
        return context;
    }

    public String getSourceId() {
        return sourceId;
    }

    public BigDecimal getClaimedRatio() {
        return claimedRatio;
    }

    public Price getNumeratorPrice() {
        return numeratorPrice;
    }

    public Price getDenominatorPrice() {
        return denominatorPrice;
    }

    public int getInputTokensPerRequest() {
        return inputTokensPerRequest;
    }

    public int getOutputTokensPerRequest() {
        return outputTokensPerRequest;
    }

    public String getCounterpartValue() {
        return counterpartValue;
    }

    public String getCounterpartSourceId() {
        return counterpartSourceId;
    }

    public String getCounterpartQuote() {
        return counterpartQuote;
    }

    public String getExplanation() {
        return explanation;
    }

    public List<String> getExplanationSourceIds() {
        return Arrays.asList(explanationSourceIds.split(","));
    }
}
