package com.llmcompare.core.price;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A long-context tier of a price: a request whose input tokens exceed {@code aboveTokens} pays these rates
 * for all its tokens of each kind, as genai-prices defines its tiers (the "cliff" model Anthropic and
 * Google use). Rates are in the price's own unit, per {@link Price#getPerUnits()} tokens; a {@code null}
 * rate keeps the price's base rate for that kind.
 */
@Embeddable
public class PriceTier {

    private long aboveTokens;

    @Column(name = "input_usd")
    private BigDecimal input;

    @Column(name = "output_usd")
    private BigDecimal output;

    @Column(name = "cached_input_usd")
    private BigDecimal cachedInput;

    @Column(name = "cache_write_usd")
    private BigDecimal cacheWrite;

    @Column(name = "cache_write_1h_usd")
    private BigDecimal cacheWrite1h;

    protected PriceTier() {
    }

    public PriceTier(long aboveTokens, BigDecimal input, BigDecimal output, BigDecimal cachedInput,
            BigDecimal cacheWrite, BigDecimal cacheWrite1h) {
        this.aboveTokens = aboveTokens;
        this.input = input;
        this.output = output;
        this.cachedInput = cachedInput;
        this.cacheWrite = cacheWrite;
        this.cacheWrite1h = cacheWrite1h;
    }

    public long getAboveTokens() {
        return aboveTokens;
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

    public BigDecimal getCacheWrite() {
        return cacheWrite;
    }

    public BigDecimal getCacheWrite1h() {
        return cacheWrite1h;
    }
}
