package com.llmcompare.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Benchmark variants are separate benchmarks: GPQA Diamond is a 198-question subset of GPQA,
 * SWE-bench Verified a checked subset of SWE-bench. A catalogue often names the variant only in its
 * setting ("GPQA", "Diamond, Pass@1"), so the setting decides which benchmark a result belongs to.
 */
final class BenchmarkVariants {

    /** Words that name a subset or harder version of a benchmark, as catalogues write them. */
    static final List<String> WORDS = List.of("diamond", "verified", "lite", "hard");

    private BenchmarkVariants() {
    }

    /** The variant word the dataset name or the setting states ("diamond"), or null. */
    static String named(String dataset, String method) {
        String text = ((dataset == null ? "" : dataset) + " " + (method == null ? "" : method)).toLowerCase(Locale.ROOT)
            .replace('_', ' ');
        return WORDS.stream().filter(word -> Pattern.compile("\\b" + word + "\\b").matcher(text).find()).findFirst()
            .orElse(null);
    }

    /** The dataset's name for its variant, as the mapping may list it: "GPQA" + "diamond" → "GPQA Diamond". */
    static String variantName(String dataset, String variant) {
        return dataset + " " + Character.toUpperCase(variant.charAt(0)) + variant.substring(1);
    }

    /** The variant a result names that the benchmark it maps to is not (null when they agree). */
    static String unmatched(String benchmarkName, String dataset, String method) {
        String variant = named(dataset, method);
        if (variant == null) {
            return null;
        }
        return benchmarkName.toLowerCase(Locale.ROOT).contains(variant) ? null : variant;
    }
}
