package com.llmcompare.core.model;

import java.util.regex.Pattern;

/**
 * The one slug pattern: lower-case letters and digits in runs joined by single dots or hyphens
 * ({@code gpt-4}, {@code llama-3.3-70b-instruct}, {@code apache-2.0}). The data files, the importer's
 * mapping and every query parameter that takes a slug are checked against it.
 */
public final class Slug {

    /** For {@code @Pattern(regexp = Slug.PATTERN)}. */
    public static final String PATTERN = "[a-z0-9]+(?:[.-][a-z0-9]+)*";

    /** Slugs in URLs are at most this long: longer input is refused before any lookup. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && COMPILED.matcher(value).matches();
    }
}
