package com.llmcompare.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The community catalogues and score boards the importer reads, each with the licence its data
 * comes under. A catalogue files its entries under providers (which the mapping puts in scope); a
 * board is one list of results, its entries being the model versions it evaluated.
 */
public enum Catalogue {

    MODELS_DEV("models-dev", "models.dev", "MIT", false),

    GENAI_PRICES("genai-prices", "genai-prices", "MIT", false),

    LLMSTATS("llmstats", "LLMStats", "CC BY 4.0", false),

    EPOCH("epoch", "Epoch AI Benchmarking Hub", "CC BY 4.0", true),

    TAU2_BENCH("tau2-bench", "τ²-bench (Sierra)", "MIT", true),

    AIDER("aider", "Aider LLM leaderboards", "Apache-2.0", true),

    LMARENA("lmarena", "LMArena (via fboulnois/llm-leaderboard-csv)", "MPL-2.0", true);

    private final String id;

    private final String displayName;

    private final String licence;

    private final boolean board;

    Catalogue(String id, String displayName, String licence, boolean board) {
        this.id = id;
        this.displayName = displayName;
        this.licence = licence;
        this.board = board;
    }

    public static Optional<Catalogue> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** As written on the command line, in the mapping and as the prefix of source ids. */
    public String id() {
        return id;
    }

    /** A score board: no providers, only results (and no facts or prices). */
    public boolean isBoard() {
        return board;
    }

    public String displayName() {
        return displayName;
    }

    public String licence() {
        return licence;
    }

    /**
     * The folder of the upstream repository a snapshot's files sit in when its SNAPSHOT.txt does not say: the
     * files of a genai-prices snapshot are the repository's {@code prices/} folder, so that their links resolve.
     */
    public String upstreamRoot() {
        return this == GENAI_PRICES ? "prices" : "";
    }

    /**
     * The id of the source standing for one entry of this catalogue: the entry id, lower-cased,
     * with anything a source id cannot hold turned into '-' ("openai/gpt-4o" → "models-dev.openai.gpt-4o").
     */
    public String sourceId(String entryId) {
        return id + "." + entryId.toLowerCase(Locale.ROOT).replace('/', '.').replaceAll("[^a-z0-9.-]", "-");
    }
}
