package com.llmcompare.models;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The comparisons a model page offers: with its base model and variants, and with the usual rivals. */
final class ReadyComparisons {

    private static final List<String> RIVALS = List.of("gpt-4", "llama-2-70b", "gpt-3.5-turbo", "claude-2");

    private ReadyComparisons() {
    }

    static List<List<String>> forModel(ModelDetails details) {
        String slug = details.model().getSlug();
        Set<String> others = new LinkedHashSet<>();
        if (details.baseModel() != null) {
            others.add(details.baseModel().getSlug());
        }
        details.variants().forEach(variant -> others.add(variant.getSlug()));
        others.addAll(RIVALS);
        others.remove(slug);
        List<List<String>> comparisons = new ArrayList<>();
        others.stream().limit(4).forEach(other -> comparisons.add(List.of(slug, other)));
        return comparisons;
    }
}
