package com.llmcompare.importer;

import java.math.BigDecimal;
import java.util.List;

/**
 * One model entry of a catalogue, as read and checked, in the catalogue's own terms converted to
 * ours (USD per 1M tokens, percentages). Every value keeps the words it was read from as a quote.
 *
 * @param id the entry's id in the catalogue ("openai/gpt-4o"): what the mapping maps
 * @param provider the provider folder or file it was found in
 * @param path the file in the catalogue's repository
 * @param facts what it says about the model (all optional)
 * @param prices its prices, oldest first
 * @param results its benchmark results
 * @param skipped what it has that cannot be imported, and why
 */
public record CatalogueEntry(String id, String provider, String path, Facts facts, List<PricePeriod> prices,
        List<BenchmarkResult> results, List<Skip> skipped) {

    /** A fact as the catalogue states it, with the words it states it in. */
    public record Fact<T>(T value, String quote) {
    }

    /** Facts about the model; null where the entry says nothing. */
    public record Facts(Fact<String> name, Fact<String> release, Fact<Long> contextTokens,
            Fact<Long> maxOutputTokens, Fact<List<String>> inputModalities, Fact<List<String>> outputModalities,
            Fact<Boolean> toolCalling, Fact<String> knowledgeCutoff, Fact<Boolean> openWeights,
            Fact<Double> parameters, Fact<Double> trainingTokens, Fact<String> license, Fact<String> lifecycle) {

        static Facts none() {
            return new Facts(null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * One price over one period, USD per 1M tokens. {@code validFrom} is null when the catalogue
     * gives no start (the first price of a history); {@code variant} tells apart offers of one entry
     * that are sold side by side (peak and off-peak hours).
     */
    public record PricePeriod(String variant, String validFrom, String validUntil, BigDecimal input,
            BigDecimal output, BigDecimal cachedInput, String lastChecked, Long contextTokens, String quote,
            String note, BigDecimal cacheWrite, BigDecimal cacheWrite1h, BigDecimal requestFee, List<TierRates> tiers) {

        public PricePeriod {
            tiers = List.copyOf(tiers);
        }

        /** A price with no cache-write rate, fee per request or tier. */
        public PricePeriod(String variant, String validFrom, String validUntil, BigDecimal input, BigDecimal output,
                BigDecimal cachedInput, String lastChecked, Long contextTokens, String quote, String note) {
            this(variant, validFrom, validUntil, input, output, cachedInput, lastChecked, contextTokens, quote, note,
                    null, null, null, List.of());
        }
    }

    /**
     * A long-context tier, USD per 1M tokens: a request with more than {@code above} input tokens pays these
     * rates for all its tokens of each kind; {@code null} keeps the base rate.
     */
    public record TierRates(long above, BigDecimal input, BigDecimal output, BigDecimal cachedInput,
            BigDecimal cacheWrite, BigDecimal cacheWrite1h) {
    }

    /**
     * A benchmark result, its value already in the benchmark's unit (percent for a share of tasks).
     * {@code run} says who ran it and where the row is, for a score board; null for a catalogue,
     * whose entry is the row.
     */
    public record BenchmarkResult(String dataset, String method, BigDecimal value, boolean selfReported,
            String dateRecorded, String sourceLink, String quote, Run run) {
    }

    /**
     * A score board's row: who ran the evaluation, its uncertainty as the board states it ("±1.9",
     * "+5/-5 (95% CI)"), the votes behind a rating, the board's file and line, and — for a board that
     * compiles other boards — the board the row comes from.
     */
    public record Run(String by, String uncertainty, Long votes, String file, Integer line, String upstreamName,
            String upstreamUrl, String note) {
    }

    /** Something the entry holds that is not imported, with the reason. */
    public record Skip(String what, String reason) {
    }
}
