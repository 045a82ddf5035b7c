package com.llmcompare.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": finds the known slugs closest to a mistyped one ("gpt4" → "gpt-4"), and says so. */
public final class SlugSuggester {

    private static final int MAX_SUGGESTIONS = 3;

    private SlugSuggester() {
    }

    public static List<String> closest(String asked, Collection<String> known) {
        if (asked == null || asked.isBlank()) {
            return List.of();
        }
        String wanted = asked.toLowerCase(Locale.ROOT).trim();
        String compact = wanted.replaceAll("[^a-z0-9]", "");
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        record Candidate(String slug, int distance) {
        }
        return known.stream()
            .map(slug -> {
                int plain = distance.apply(wanted, slug);
                int ignoringPunctuation = distance.apply(compact, slug.replaceAll("[^a-z0-9]", ""));
                int contains = slug.contains(compact) || (!compact.isEmpty() && compact.contains(slug)) ? 1 : 99;
                return new Candidate(slug, Math.min(Math.min(plain, ignoringPunctuation), contains));
            })
            .filter(candidate -> candidate.distance() <= Math.max(2, wanted.length() / 3))
            .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::slug))
            .limit(MAX_SUGGESTIONS)
            .map(Candidate::slug)
            .toList();
    }

    /**
     * The end of a sentence saying no such slug exists: "." or "; did you mean gpt-4 or gpt-4-32k?", each
     * suggestion written by {@code spelled} (e.g. as the parameter it would be).
     */
    public static String didYouMean(String asked, Collection<String> known, Function<String, String> spelled) {
        List<String> closest = closest(asked, known);
        return closest.isEmpty() ? "."
                : "; did you mean " + closest.stream().map(spelled).collect(Collectors.joining(" or ")) + "?";
    }

    /** The closest known slug, if any is close: the corrected spelling of a selection. */
    public static Optional<String> best(String asked, Collection<String> known) {
        return closest(asked, known).stream().findFirst();
    }
}
