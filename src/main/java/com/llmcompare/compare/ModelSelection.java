package com.llmcompare.compare;

import com.llmcompare.core.model.Slug;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.llmcompare.web.BadRequestException;

/**
 * The {@code models} parameter of a comparison, normalised: trimmed, lower-cased, split on
 * commas (also across repeated parameters, as a checkbox form sends them), empty items and
 * duplicates dropped, order kept. Checks the count and the shape of each slug.
 */
public record ModelSelection(List<String> slugs) {

    public static final int MIN_MODELS = 2;

    public static final int MAX_MODELS = 6;

    private static final int MAX_RAW_LENGTH = 2_000;


    public static ModelSelection parse(List<String> rawValues) {
        Set<String> slugs = new LinkedHashSet<>();
        if (rawValues != null) {
            int length = rawValues.stream().mapToInt(value -> value == null ? 0 : value.length()).sum();
            if (length > MAX_RAW_LENGTH) {
                throw new BadRequestException("models",
                        "models is too long: give 2 to 6 model slugs separated by commas");
            }
            for (String raw : rawValues) {
                if (raw != null) {
                    Arrays.stream(raw.split(","))
                        .map(item -> item.trim().toLowerCase(Locale.ROOT))
                        .filter(item -> !item.isEmpty())
                        .forEach(slugs::add);
                }
            }
        }
        if (slugs.size() > MAX_MODELS) {
            throw new BadRequestException("models", "At most " + MAX_MODELS + " models can be compared; "
                    + slugs.size() + " were given. Remove some from the list.");
        }
        for (String slug : slugs) {
            if (!Slug.isValid(slug)) {
                throw new BadRequestException("models", "The models list is malformed: '" + slug
                        + "' is not a model slug (lower-case letters, digits, '-' and '.'). "
                        + "Give 2 to 6 slugs separated by commas, e.g. models=gpt-4,llama-2-70b.");
            }
        }
        return new ModelSelection(List.copyOf(slugs));
    }

    /** Parses the path form {@code gpt-4-vs-llama-2-70b}. */
    public static ModelSelection fromVsPath(String path) {
        return parse(List.of(String.join(",", path.split("-vs-"))));
    }

    public List<String> unknown(Collection<String> known) {
        return slugs.stream().filter(slug -> !known.contains(slug)).toList();
    }

    /** Whether one of these models is chosen: the picker opens their group. */
    public boolean includesAny(java.util.Collection<com.llmcompare.core.model.LanguageModel> models) {
        return models.stream().anyMatch(model -> slugs.contains(model.getSlug()));
    }

    public boolean isEmpty() {
        return slugs.isEmpty();
    }

    public boolean isComparable() {
        return slugs.size() >= MIN_MODELS;
    }

    public String joined() {
        return String.join(",", slugs);
    }

    /** The canonical query string; {@code diff} adds the differences-only switch. */
    public String canonicalQuery(boolean diff) {
        return "models=" + joined() + (diff ? "&diff=1" : "");
    }

    public String canonicalUrl(boolean diff) {
        return "/compare?" + canonicalQuery(diff);
    }

    /** The selection without one model. */
    public ModelSelection without(String slug) {
        return new ModelSelection(slugs.stream().filter(s -> !s.equals(slug)).toList());
    }

    /** The selection with a model moved one place left (-1) or right (+1). */
    public ModelSelection moved(String slug, int offset) {
        List<String> moved = new ArrayList<>(slugs);
        int from = moved.indexOf(slug);
        int to = from + offset;
        if (from < 0 || to < 0 || to >= moved.size()) {
            return this;
        }
        moved.set(from, moved.get(to));
        moved.set(to, slug);
        return new ModelSelection(moved);
    }
}
