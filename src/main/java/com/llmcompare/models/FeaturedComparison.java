package com.llmcompare.models;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A ready comparison: its title ("GPT-4 vs Llama 2 70B") and its canonical link. */
public record FeaturedComparison(String title, String url) {

    public static List<FeaturedComparison> of(List<List<String>> selections, Map<String, String> names) {
        return selections.stream()
            .filter(slugs -> slugs.stream().allMatch(names::containsKey))
            .map(slugs -> new FeaturedComparison(
                    slugs.stream().map(names::get).collect(Collectors.joining(" vs ")),
                    "/compare?models=" + String.join(",", slugs)))
            .toList();
    }
}
