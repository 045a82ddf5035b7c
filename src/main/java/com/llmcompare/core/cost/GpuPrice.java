package com.llmcompare.core.cost;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One sourced hourly price of one GPU. {@code kind}: {@code on-demand} (a cloud's list price),
 * {@code rental-3yr} (a 3-year rental), {@code owning} (what owning one costs an hour, all in) or
 * {@code measured-run} (the price a throughput measurement was run at).
 */
@Embeddable
public class GpuPrice {

    private BigDecimal usdPerHour;

    private String kind;

    private String provider;

    private String sourceId;

    private String quote;

    @Column(name = "price_date")
    private String date;

    private String note;

    protected GpuPrice() {
    }

    public GpuPrice(BigDecimal usdPerHour, String kind, String provider, String sourceId, String quote, String date,
            String note) {
        this.usdPerHour = usdPerHour;
        this.kind = kind;
        this.provider = provider;
        this.sourceId = sourceId;
        this.quote = quote;
        this.date = date;
        this.note = note;
    }

    public BigDecimal getUsdPerHour() {
        return usdPerHour;
    }

    public String getKind() {
        return kind;
    }

    public String getProvider() {
        return provider;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getQuote() {
        return quote;
    }

    public String getDate() {
        return date;
    }

    public String getNote() {
        return note;
    }
}
