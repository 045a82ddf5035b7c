package com.llmcompare.models;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparisons a model page offers: with its base model and variants, and with today's flagships, each
 * a model that can still be used (a retired model is compared only when someone names it).
 */
final class ReadyComparisons {

    private static final List<String> RIVALS = List.of("gpt-5.5", "claude-sonnet-5", "llama-3.3-70b-instruct",
            "gemini-3.1-pro-preview", "gpt-oss-120b");

    private ReadyComparisons() {
    }

    static List<List<String>> forModel(ModelDetails details, Set<String> available) {
        String slug = details.model().getSlug();
        Set<String> others = new LinkedHashSet<>();
        if (details.baseModel() != null) {
            others.add(details.baseModel().getSlug());
        }
        details.variants().forEach(variant -> others.add(variant.getSlug()));
        others.addAll(RIVALS);
        others.remove(slug);
        others.retainAll(available);
        List<List<String>> comparisons = new ArrayList<>();
        others.stream().limit(4).forEach(other -> comparisons.add(List.of(slug, other)));
        return comparisons;
    }
}
