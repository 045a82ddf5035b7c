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
                    "https://osai-index.eu/", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"));

    /** The catalogue a source id belongs to ("models-dev.openai.gpt-4o" → models.dev). */
    public static Optional<CatalogueCredit> ofSource(String sourceId) {
        if (sourceId == null) {
            return Optional.empty();
        }
        return ALL.stream().filter(c -> sourceId.startsWith(c.id() + ".")).findFirst();
    }
}
