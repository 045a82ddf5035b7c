package com.llmcompare.core.price;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.llmcompare.core.model.LanguageModel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * One offer's price at one provider, in USD per {@code perUnits} tokens (or characters, for
 * PaLM 2) as the source states it, valid over a period.
 */
@Entity
public class Price {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

    /** The usage of a price that names none. */
    public static final String STANDARD = "standard";

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "model_slug")
    private LanguageModel model;

    private String provider;

    private String offer;

    /** The kind of usage the price is for: standard, batch, priority, flex or fine-tuned; each a separate offer. */
    private String usage;

    private String unit;

    private int perUnits;

    @Column(name = "input_usd")
    private BigDecimal input;

    @Column(name = "output_usd")
    private BigDecimal output;

    @Column(name = "cached_input_usd")
    private BigDecimal cachedInput;

    private String validFrom;

    private String validUntil;

    private String lastChecked;

    private Integer contextTokens;

    @ElementCollection
    @CollectionTable(name = "price_source", joinColumns = @JoinColumn(name = "price_id"))
    @OrderColumn(name = "position")
    @Column(name = "source_id")
    private List<String> sourceIds = new ArrayList<>();

    private String quote;

    private String confidence;

    private String origin;

    private String note;

    /** A 5-minute cache write, per {@code perUnits} tokens; null where the offer prices none (writes bill as input). */
    @Column(name = "cache_write_usd")
    private BigDecimal cacheWrite;

    /** A 1-hour cache write, per {@code perUnits} tokens; null where the offer prices none. */
    @Column(name = "cache_write_1h_usd")
    private BigDecimal cacheWrite1h;

    /** USD per request on top of the tokens, or null. */
    @Column(name = "request_fee_usd")
    private BigDecimal requestFee;

    /** The provider's batch API discount on this offer's token rates, in percent, or null without one. */
    private BigDecimal batchDiscountPercent;

    private String batchTurnaround;

    private String batchSourceId;

    @ElementCollection
    @CollectionTable(name = "price_tier", joinColumns = @JoinColumn(name = "price_id"))
    @OrderColumn(name = "position")
    private List<PriceTier> tiers = new ArrayList<>();

    /** The day the provider closed (every price of a closed provider is retired), or null. */
    private String providerClosed;

    protected Price() {
    }

    public Price(String id, LanguageModel model, String provider, String offer, String usage, String unit, int perUnits,
            BigDecimal input, BigDecimal output, BigDecimal cachedInput, String validFrom, String validUntil,
            String lastChecked, Integer contextTokens, List<String> sourceIds, String quote, String confidence,
            String origin, String note) {
        this.id = id;
        this.model = model;
        this.provider = provider;
        this.offer = offer;
        this.usage = usage == null ? STANDARD : usage;
        this.unit = unit;
        this.perUnits = perUnits;
        this.input = input;
        this.output = output;
        this.cachedInput = cachedInput;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.lastChecked = lastChecked;
        this.contextTokens = contextTokens;
        this.sourceIds = new ArrayList<>(sourceIds);
        this.quote = quote;
        this.confidence = confidence;
        this.origin = origin;
        this.note = note;
    }

    /** Billed per token: only such prices can be compared with each other per 1M tokens. */
    public boolean isPerToken() {
        return "tokens".equals(unit);
    }

    /** Days from the last check to the day ({@link Staleness}). */
    public long daysSinceChecked(LocalDate day) {
        return Staleness.daysSinceChecked(lastChecked, day);
    }

    /** Imported from a community catalogue rather than curated from its own source. */
    public boolean isFromCatalogue() {
        return "catalogue".equals(origin);
    }

    public BigDecimal getInputPerMillion() {
        return perMillion(input);
    }

    public BigDecimal getOutputPerMillion() {
        return perMillion(output);
    }

    public BigDecimal getCachedInputPerMillion() {
        return cachedInput == null ? null : perMillion(cachedInput);
    }

    public BigDecimal getInputPerThousand() {
        return plain(input.multiply(THOUSAND).divide(BigDecimal.valueOf(perUnits), MathContext.DECIMAL64));
    }

    public BigDecimal getOutputPerThousand() {
        return plain(output.multiply(THOUSAND).divide(BigDecimal.valueOf(perUnits), MathContext.DECIMAL64));
    }

    private BigDecimal perMillion(BigDecimal amount) {
        return plain(amount.multiply(MILLION).divide(BigDecimal.valueOf(perUnits), MathContext.DECIMAL64));
    }

    /** Without trailing zeros, but never in exponent form (60, not 6E+1). */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public String getId() {
        return id;
    }

    public LanguageModel getModel() {
        return model;
    }

    public String getProvider() {
        return provider;
    }

    public String getOffer() {
        return offer;
    }

    public String getUsage() {
        return usage;
    }

    public String getUnit() {
        return unit;
    }

    public int getPerUnits() {
        return perUnits;
    }

    public BigDecimal getInput() {
        return input;
    }

    public BigDecimal getOutput() {
        return output;
    }

    public BigDecimal getCachedInput() {
        return cachedInput;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public String getValidUntil() {
        return validUntil;
    }

    public String getLastChecked() {
        return lastChecked;
    }

    public Integer getContextTokens() {
        return contextTokens;
    }

    public List<String> getSourceIds() {
        return sourceIds;
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

    /** The offer's cache-write rates, its fee per request and its long-context tiers, lowest threshold first. */
    public Price withBilling(BigDecimal cacheWrite, BigDecimal cacheWrite1h, BigDecimal requestFee,
            List<PriceTier> tiers) {
        this.cacheWrite = cacheWrite;
        this.cacheWrite1h = cacheWrite1h;
        this.requestFee = requestFee;
        this.tiers = new ArrayList<>(tiers);
        return this;
    }

    /** The provider's batch API terms, as its source states them. */
    public Price withBatch(BigDecimal discountPercent, String turnaround, String sourceId) {
        this.batchDiscountPercent = discountPercent;
        this.batchTurnaround = turnaround;
        this.batchSourceId = sourceId;
        return this;
    }

    public BigDecimal getCacheWrite() {
        return cacheWrite;
    }

    public BigDecimal getCacheWrite1h() {
        return cacheWrite1h;
    }

    public BigDecimal getRequestFee() {
        return requestFee;
    }

    public List<PriceTier> getTiers() {
        return tiers;
    }

    public BigDecimal getBatchDiscountPercent() {
        return batchDiscountPercent;
    }

    public String getBatchTurnaround() {
        return batchTurnaround;
    }

    public String getBatchSourceId() {
        return batchSourceId;
    }

    /** A rate in this price's unit, per 1M tokens; null stays null. */
    public BigDecimal perMillionOrNull(BigDecimal amount) {
        return amount == null ? null : perMillion(amount);
    }

    public Price withProviderClosed(String closed) {
        this.providerClosed = closed;
        return this;
    }

    public String getProviderClosed() {
        return providerClosed;
    }
}
