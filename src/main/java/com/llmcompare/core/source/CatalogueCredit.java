package com.llmcompare.core.source;

import java.util.List;
import java.util.Optional;

/**
 * The community catalogues the data set imports from, credited on {@code /sources} as their
 * licences ask (LLMStats' CC BY 4.0 requires attribution). Imported sources are named
 * "{catalogue id}.{entry}", so each one's catalogue is known from its id.
 */
public record CatalogueCredit(String id, String name, String description, String url, String licence,
        String licenceUrl) {

    public static final List<CatalogueCredit> ALL = List.of(
            new CatalogueCredit("models-dev", "models.dev",
                    "An open database of AI model specifications: release dates, open weights, context and output"
                            + " limits, modalities, tool calling, knowledge cut-off and prices per provider.",
                    "https://github.com/anomalyco/models.dev", "MIT", "https://opensource.org/license/mit"),
            new CatalogueCredit("genai-prices", "genai-prices",
                    "Pydantic's price list of generative AI APIs, with price histories and the date each price was"
                            + " last checked.",
                    "https://github.com/pydantic/genai-prices", "MIT", "https://opensource.org/license/mit"),
            new CatalogueCredit("llmstats", "LLMStats",
                    "Benchmark results, parameter counts, training tokens, licences and context sizes per model,"
                            + " each score with its setting, date and source link. Scores converted from fractions of 1"
                            + " to percent.",
                    "https://github.com/JonathanChavezTamales/LLMStats", "CC BY 4.0",
                    "https://creativecommons.org/licenses/by/4.0/"),
            new CatalogueCredit("osai-index", "European Open Source AI Index",
                    "The openness audits of the models it covers: 12 criteria (base and end model data and weights,"
                            + " training code, code and hardware documentation, preprint, paper, model card, datasheet,"
                            + " licences), each rated open, partial or closed with notes and an evidence link."
                            + " Credit: osai-index.eu, doi:10.5281/zenodo.15386042 (Liesenfeld & Dingemanse,"
                            + " \"Rethinking open source generative AI\", FAccT 2024).",
                    "https://osai-index.eu/", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
            new CatalogueCredit("epoch", "Epoch AI, 'AI Benchmarking Hub'",
                    "Epoch AI's own evaluations (GPQA Diamond, FrontierMath, OTIS Mock AIME, SWE-bench Verified, SimpleQA"
                            + " Verified, MATH Level 5) with their logs, its capabilities index (ECI), and its compilation"
                            + " of other leaderboards, each compiled row crediting its board (Terminal-Bench, ARC Prize,"
                            + " Humanity's Last Exam, SimpleBench). Credit: Epoch AI, https://epoch.ai/benchmarks.",
                    "https://epoch.ai/benchmarks", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
            new CatalogueCredit("tau2-bench", "τ²-bench (Sierra)",
                    "Leaderboard submissions of the τ²-bench agent benchmark: pass^k per domain, Sierra's own runs and"
                            + " vendors' submissions. Copyright (c) 2025 Sierra Research.",
                    "https://github.com/sierra-research/tau2-bench", "MIT", "https://opensource.org/license/mit"),
            new CatalogueCredit("aider", "Aider (aider.chat) LLM leaderboards",
                    "The polyglot coding benchmark: pass rate of 225 Exercism exercises in six languages, per model and"
                            + " edit format.",
                    "https://aider.chat/docs/leaderboards/", "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new CatalogueCredit("lmarena", "LMArena",
                    "The text arena's ratings from people's votes, with 95% confidence intervals and vote counts, as"
                            + " exported by fboulnois/llm-leaderboard-csv.",
                    "https://lmarena.ai/leaderboard", "MPL-2.0", "https://www.mozilla.org/en-US/MPL/2.0/"),
            new CatalogueCredit("fmti", "Foundation Model Transparency Index",
                    "How transparent each major developer is about building its flagship model: 100 indicators, in the"
                            + " October 2023, May 2024 and December 2025 editions. Credit: Bommasani, Klyman et al.,"
                            + " Stanford CRFM.",
                    "https://github.com/stanford-crfm/fmti", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"));

    /** The catalogue a source id belongs to ("models-dev.openai.gpt-4o" → models.dev). */
    public static Optional<CatalogueCredit> ofSource(String sourceId) {
        if (sourceId == null) {
            return Optional.empty();
        }
        return ALL.stream().filter(c -> sourceId.startsWith(c.id() + ".")).findFirst();
    }
}
