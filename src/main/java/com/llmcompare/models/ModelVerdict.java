package com.llmcompare.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.Lifecycle;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.TokenMix;
import com.llmcompare.web.Formats;
import com.llmcompare.web.Verdict;
import com.llmcompare.web.Verdict.Item;

/**
 * A model page's answer at a glance: its status and successor, its cheapest current offer at the default
 * mix, its context, its rank on each headline benchmark ("3rd of 41 on SWE-bench Verified") and its
 * openness level, each linking to the section of the page it comes from.
 */
final class ModelVerdict {

    private ModelVerdict() {
    }

    /** A model's place on a benchmark's ranking (one row per model, {@code BestScore}), 1 the best. */
    record Rank(Benchmark benchmark, Score score, int place, int of) {

        String text() {
            return ordinal(place) + " of " + of;
        }
    }

    static Verdict of(ModelDetails d, List<Rank> ranks, Map<String, String> names, Formats formats) {
        LanguageModel m = d.model();
        Lifecycle lifecycle = d.lifecycle();
        List<Item> items = new ArrayList<>();
        String successor = lifecycle.successor() == null ? null : names.getOrDefault(lifecycle.successor(),
                lifecycle.successor());
        items.add(new Item("status", "Status", lifecycle.summary(),
                successor == null ? null : "Successor named by the vendor: " + successor, "#fact-lifecycle",
                lifecycle.sourceId() == null ? List.of() : List.of(lifecycle.sourceId()), lifecycle.quote()));
        TokenMix mix = TokenMix.DEFAULT;
        Optional<Price> cheapest = lifecycle.isRetired() ? Optional.empty() : d.offers().cheapestAt(mix);
        if (cheapest.isPresent()) {
            Price p = cheapest.get();
            items.add(new Item("cheapest", "Cheapest offer at " + mix.text(),
                    formats.usdPrecise(mix.perMillion(p).orElseThrow()) + " per 1M tokens at " + p.getProvider(),
                    formats.usd(p.getInputPerMillion()) + " in, " + formats.usd(p.getOutputPerMillion())
                            + " out per 1M tokens; checked " + p.getLastChecked(),
                    "#prices", p.getSourceIds(), null));
        }
        else {
            items.add(new Item("cheapest", "Cheapest offer at " + mix.text(),
                    lifecycle.isRetired() ? "none: retired" : "no current per-token price", null, "#prices", List.of(),
                    null));
        }
        items.add(new Item("context", "Context", m.getContextTokens() == null ? "not published"
                : formats.count(m.getContextTokens().doubleValue()) + " tokens", null, "#fact-context", List.of(), null));
        for (Rank rank : ranks) {
            Score s = rank.score();
            items.add(new Item("rank-" + rank.benchmark().getSlug(), rank.benchmark().getName(),
                    rank.text() + " — " + formats.score(s.getValue(), rank.benchmark().isPercent()),
                    s.isIndependent() ? "run by " + s.getRunBy() : "reported by its maker, not run independently",
                    "#scores", List.of(s.getSourceId()), s.getNote()));
        }
        items.add(new Item("openness", "Openness", m.getOpennessLevel().getLabel(), m.getOpennessScore().text(),
                "#openness", List.of(), m.getOpennessReason()));
        return new Verdict("At a glance", items);
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
