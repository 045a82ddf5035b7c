package com.llmcompare.web;

import java.util.List;

/**
 * The answer a page puts first: a few short findings, each linking to the row or section it comes from
 * and citing its sources, with the long evidence folded under it ({@code fragments/verdict}).
 */
public record Verdict(String heading, List<Item> items) {

    /**
     * One finding: {@code label} says what was asked ("Cheapest at 3:1"), {@code answer} the model or figure,
     * {@code detail} a short why; {@code anchor} is the row it comes from ("#row-price-mix").
     */
    public record Item(String id, String label, String answer, String detail, String anchor, List<String> sourceIds,
            String evidence) {

        public Item {
            sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
        }
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
