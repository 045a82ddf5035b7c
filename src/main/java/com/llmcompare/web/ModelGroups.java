package com.llmcompare.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.llmcompare.core.model.LanguageModel;

/**
 * How the pickers (compare's and the calculator's) list models: open and closed ones apart, each by vendor,
 * newest first, so a model is found by its name and maker rather than by its slug.
 */
public final class ModelGroups {

    private ModelGroups() {
    }

    /** "Open models" and "Closed models", each vendor name → its models, newest first. */
    public static Map<String, Map<String, List<LanguageModel>>> of(List<LanguageModel> all) {
        Map<String, Map<String, List<LanguageModel>>> groups = new LinkedHashMap<>();
        groups.put("Open models", byVendor(all.stream().filter(LanguageModel::isWeightsDownloadable).toList()));
        groups.put("Closed models", byVendor(all.stream().filter(m -> !m.isWeightsDownloadable()).toList()));
        return groups;
    }

    private static Map<String, List<LanguageModel>> byVendor(List<LanguageModel> models) {
        Comparator<LanguageModel> newestFirst = Comparator
            .comparing((LanguageModel m) -> m.getReleaseDate() == null ? "" : m.getReleaseDate())
            .reversed()
            .thenComparing(LanguageModel::getName);
        return models.stream()
            .sorted(newestFirst)
            .collect(Collectors.groupingBy(m -> m.getVendor().getName(), TreeMap::new, Collectors.toList()));
    }
}
