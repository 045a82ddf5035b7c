package com.llmcompare.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.llmcompare.importer.CatalogueEntry.BenchmarkResult;
import com.llmcompare.importer.CatalogueEntry.Fact;
import com.llmcompare.importer.CatalogueEntry.Facts;
import com.llmcompare.importer.CatalogueEntry.Skip;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads LLMStats: {@code models/<organisation>/<model>/model.json}. Its scores are fractions of 1
 * (0.836 is 83.6%); a score above 1 is in some other unit and is skipped, not guessed. A model
 * that links to downloadable weights has open weights; a proprietary one has not.
 */
final class LlmStatsReader implements CatalogueReader {

    private final JsonMapper mapper = CatalogueFiles.strict(
            JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CatalogueFiles.limits()).build()));

    record ModelJson(String canonicalModelId, String fineTunedFromModelId, String name, String description,
            String releaseDate, Long inputContextSize, Long outputContextSize, String license, Boolean multimodal,
            Boolean webHydrated, String knowledgeCutoff, String apiRefLink, String playgroundLink, String paperLink,
            String scorecardBlogLink, String repoLink, String weightsLink, Double paramCount, Double trainingTokens,
            List<Metric> qualitativeMetrics) {
    }

    record Metric(String datasetName, BigDecimal score, Boolean isSelfReported, String analysisMethod,
            String dateRecorded, String sourceLink) {
    }

    @Override
    public List<CatalogueEntry> read(Path root, Collection<String> providers) {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (String organisation : providers.stream().sorted().toList()) {
            Path folder = root.resolve("models").resolve(organisation);
            for (Path file : CatalogueFiles.files(root, folder, "model.json")) {
                String model = file.getParent().getFileName().toString();
                String id = organisation + "/" + model;
                String path = CatalogueFiles.relative(root, file);
                entries.add(entry(id, organisation, path,
                        CatalogueFiles.read(mapper, root, file, id, ModelJson.class)));
            }
        }
        return entries;
    }

    private static CatalogueEntry entry(String id, String organisation, String path, ModelJson m) {
        if (m.name() == null || m.name().isBlank()) {
            throw new CatalogueException(path, id, "name", "missing");
        }
        CatalogueFiles.checkDate(path, id, "release_date", m.releaseDate());
        CatalogueFiles.checkDate(path, id, "knowledge_cutoff", m.knowledgeCutoff());
        CatalogueFiles.checkCount(path, id, "input_context_size", m.inputContextSize());
        CatalogueFiles.checkCount(path, id, "output_context_size", m.outputContextSize());
        CatalogueFiles.checkCount(path, id, "param_count", m.paramCount());
        CatalogueFiles.checkCount(path, id, "training_tokens", m.trainingTokens());
        Boolean open = m.weightsLink() != null ? Boolean.TRUE : "Proprietary".equals(m.license()) ? Boolean.FALSE : null;
        String openQuote = m.weightsLink() != null ? "\"weights_link\": \"" + m.weightsLink() + "\""
                : "\"license\": \"" + m.license() + "\", \"weights_link\": null";
        Facts facts = new Facts(new Fact<>(m.name(), "\"name\": \"" + m.name() + "\""),
                fact(m.releaseDate(), "\"release_date\": \"" + m.releaseDate() + "\""),
                positive(m.inputContextSize(), "\"input_context_size\": " + m.inputContextSize()),
                positive(m.outputContextSize(), "\"output_context_size\": " + m.outputContextSize()), null, null, null,
                fact(m.knowledgeCutoff(), "\"knowledge_cutoff\": \"" + m.knowledgeCutoff() + "\""),
                open == null ? null : new Fact<>(open, openQuote),
                positive(m.paramCount(), "\"param_count\": " + plain(m.paramCount())),
                positive(m.trainingTokens(), "\"training_tokens\": " + plain(m.trainingTokens())),
                fact(m.license(), "\"license\": \"" + m.license() + "\""), null);
        List<Skip> skipped = new ArrayList<>();
        return new CatalogueEntry(id, organisation, path, facts, List.of(), results(path, id, m, skipped),
                List.copyOf(skipped));
    }

    private static List<BenchmarkResult> results(String path, String id, ModelJson m, List<Skip> skipped) {
        if (m.qualitativeMetrics() == null) {
            throw new CatalogueException(path, id, "qualitative_metrics", "missing");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < m.qualitativeMetrics().size(); i++) {
            Metric metric = m.qualitativeMetrics().get(i);
            String field = "qualitative_metrics[" + i + "]";
            if (metric == null || metric.datasetName() == null || metric.score() == null) {
                throw new CatalogueException(path, id, field, "a result needs a dataset_name and a score");
            }
            if (!seen.add(metric.datasetName() + "|" + metric.analysisMethod())) {
                throw new CatalogueException(path, id, field + ".dataset_name", "duplicate result for '"
                        + metric.datasetName() + "' (" + metric.analysisMethod() + ")");
            }
            if (metric.score().signum() < 0) {
                throw new CatalogueException(path, id, field + ".score", "cannot be negative (was " + metric.score() + ")");
            }
            CatalogueFiles.checkDate(path, id, field + ".date_recorded", metric.dateRecorded());
            if (metric.score().compareTo(BigDecimal.ONE) > 0) {
                skipped.add(new Skip(metric.datasetName() + " " + plain(metric.score()),
                        "not a fraction of 1: in another unit (" + metric.analysisMethod() + "), not converted"));
                continue;
            }
            String quote = "\"dataset_name\": \"" + metric.datasetName() + "\", \"score\": "
                    + CatalogueFiles.plain(metric.score()) + ", \"analysis_method\": \"" + metric.analysisMethod()
                    + "\", \"is_self_reported\": " + metric.isSelfReported();
            results.add(new BenchmarkResult(metric.datasetName(), metric.analysisMethod(),
                    metric.score().movePointRight(2).stripTrailingZeros(), Boolean.TRUE.equals(metric.isSelfReported()),
                    metric.dateRecorded(), metric.sourceLink(), quote, null));
        }
        return results;
    }

    private static <T> Fact<T> fact(T value, String quote) {
        return value == null ? null : new Fact<>(value, quote);
    }

    private static <T extends Number> Fact<T> positive(T value, String quote) {
        return value == null || value.doubleValue() <= 0 ? null : new Fact<>(value, quote);
    }

    private static String plain(Number value) {
        return value == null ? "null" : CatalogueFiles.plain(new BigDecimal(value.toString()));
    }
}
