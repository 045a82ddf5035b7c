package com.llmcompare.cost;

import java.util.List;

/**
 * Ready workloads for the calculator, per request: each states its token figures, which are this site's
 * round assumptions for a typical workload of the kind (not measurements), and opens as an ordinary share
 * link with {@code basis=request}, so every figure can then be changed.
 */
public enum CostPreset {

    CHATBOT("Chatbot", "a support or assistant chat: a short history and question in, a short answer out", 1_000,
            800, 300),
    RAG("Retrieval (RAG)", "a question with about five retrieved passages in, a short cited answer out", 1_000, 4_000,
            300),
    BATCH_SUMMARY("Batch summarisation", "a few pages in, a paragraph out, for many documents a day", 10_000, 3_000,
            250),
    CODING_AGENT("Coding agent", "files and tool results in on every step, a patch or command out", 500, 20_000,
            1_500);

    private final String label;

    private final String description;

    private final int requestsPerDay;

    private final int inputTokensPerRequest;

    private final int outputTokensPerRequest;

    CostPreset(String label, String description, int requestsPerDay, int inputTokensPerRequest,
            int outputTokensPerRequest) {
        this.label = label;
        this.description = description;
        this.requestsPerDay = requestsPerDay;
        this.inputTokensPerRequest = inputTokensPerRequest;
        this.outputTokensPerRequest = outputTokensPerRequest;
    }

    /** The calculator's link for this workload and the models given (already valid slugs). */
    public String link(List<String> models) {
        return "/cost?models=" + String.join(",", models) + "&" + CostForm.BASIS + "=request&"
                + CostField.REQUESTS_PER_DAY.getName() + "=" + requestsPerDay + "&"
                + CostField.INPUT_TOKENS_PER_REQUEST.getName() + "=" + inputTokensPerRequest + "&"
                + CostField.OUTPUT_TOKENS_PER_REQUEST.getName() + "=" + outputTokensPerRequest;
    }

    /** "1,000 requests a day × (800 in + 300 out) tokens". */
    public String figures() {
        return String.format(java.util.Locale.ROOT, "%,d requests a day × (%,d input + %,d output tokens)",
                requestsPerDay, inputTokensPerRequest, outputTokensPerRequest);
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    public String getSlug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
