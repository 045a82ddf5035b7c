package com.llmcompare.models;

import com.llmcompare.core.model.Claim;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.openness.DeveloperTransparency;
import com.llmcompare.core.model.License;
import com.llmcompare.core.openness.OpennessAudit;
import com.llmcompare.core.openness.OpennessLevel;
import com.llmcompare.core.openness.OpennessScore;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.price.OfferStatus;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.source.Source;
import com.llmcompare.web.SourceRef;

/** The JSON shapes of {@code /api/models}: the same facts as the pages, each with its source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ModelJson {

    private ModelJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimJson(String value, Double number, Double low, Double high, String status, SourceRef source,
            String quote, String confidence, String origin, Boolean unverified, String note) {

        static List<ClaimJson> of(List<Claim> claims, Map<String, Source> sources) {
            return claims.stream()
                .map(c -> new ClaimJson(c.getValueText(), c.getNumber(), c.getLow(), c.getHigh(), c.getStatus(),
                        SourceRef.of(c.getSourceId(), sources), c.getQuote(), c.getConfidence(), c.getOrigin(),
                        c.isUnverified() ? Boolean.TRUE : null, c.getNote()))
                .toList();
        }
    }

    /**
     * The level, why, and the audit's score with its coverage ({@code score} is null, and
     * {@code tooLittleEvidence} true, when fewer than half of the criteria are assessed); which audit
     * it is ({@code criteria}, {@code source}); {@code features} only on one model's details.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Openness(String level, String label, String reason, Double score, boolean tooLittleEvidence,
            int assessedFeatures, int criteriaCount, String coverage, AuditJson audit, List<AuditFeature> features) {

        static Openness of(LanguageModel model) {
            return of(model, null, null);
        }

        static Openness withFeatures(LanguageModel model, Map<String, Source> sources) {
            return of(model, sources, model.getOpennessAudit()
                .getEntries()
                .stream()
                .map(e -> new AuditFeature(e.getFeature().getKey(), e.getFeature().getLabel(), e.getStatus().getSlug(),
                        e.getReason(), e.getSourceId() == null ? null : SourceRef.of(e.getSourceId(), sources),
                        e.getLink()))
                .toList());
        }

        private static Openness of(LanguageModel model, Map<String, Source> sources, List<AuditFeature> features) {
            OpennessLevel level = model.getOpennessLevel();
            OpennessScore score = model.getOpennessScore();
            OpennessAudit audit = model.getOpennessAudit();
            SourceRef source = audit.getSourceId() == null || sources == null ? null
                    : SourceRef.of(audit.getSourceId(), sources);
            return new Openness(level.getSlug(), level.getLabel(), model.getOpennessReason(), score.value(),
                    score.tooLittleEvidence(), score.assessed(), score.criteria(), score.coverage(),
                    new AuditJson(audit.getCriteria().getId(), audit.getCriteria().getName(), score.criteria(),
                            audit.getSourceId(), source),
                    features);
        }
    }

    /** Which audit a model's openness rests on: its criteria (id, name, how many) and, for an index audit, the entry. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditJson(String criteria, String name, int count, String sourceId, SourceRef source) {
    }

    /** One feature of the openness audit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditFeature(String feature, String label, String status, String reason, SourceRef source,
            String link) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PriceJson(String id, String provider, String offer, String usage, String unit, BigDecimal inputPer1M,
            BigDecimal outputPer1M, BigDecimal inputPer1K, BigDecimal outputPer1K, BigDecimal cachedInputPer1M,
            String validFrom, String validUntil, String lastChecked, boolean current, String status, boolean stale,
            Integer contextTokens, List<SourceRef> sources, String quote, String confidence, String origin,
            String note) {

        /** {@code current} and {@code status} as the pages say them: {@link Offers}, today. */
        public static PriceJson of(Price p, Offers offers, Map<String, Source> sources) {
            OfferStatus status = offers.statusOf(p);
            return new PriceJson(p.getId(), p.getProvider(), p.getOffer(), p.getUsage(), p.getUnit(),
                    p.getInputPerMillion(), p.getOutputPerMillion(), p.getInputPerThousand(), p.getOutputPerThousand(),
                    p.getCachedInputPerMillion(), p.getValidFrom(), p.getValidUntil(), p.getLastChecked(),
                    status == OfferStatus.CURRENT, status.label(), offers.isStale(p), p.getContextTokens(),
                    p.getSourceIds().stream().map(id -> SourceRef.of(id, sources)).toList(), p.getQuote(),
                    p.getConfidence(), p.getOrigin(), p.getNote());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreJson(String benchmark, String model, Double value, String valueText, String unit,
            String shots, String setting, String reportedBy, boolean selfReported, String system, boolean unverified,
            SourceRef source, String quote, String note, Run run) {

        public static ScoreJson of(Score s, Map<String, Source> sources) {
            return new ScoreJson(s.getBenchmark().getSlug(), s.getModel().getSlug(), s.getValue(), s.getValueText(),
                    s.getBenchmark().getUnit(), s.getShots(), s.getSetting(), s.getReportedBy(), s.isSelfReported(),
                    s.getSystemName(), s.isUnverified(), SourceRef.of(s.getSourceId(), sources), s.getQuote(),
                    s.getNote(), s.getRunBy() == null ? null
                            : new Run(s.getRunBy(), s.getRunByUrl(), s.getRunDate(), s.getUncertainty(), s.getVotes()));
        }
    }

    /** Who ran an evaluation (a board's row), where it can be seen, when, how uncertain, and the votes behind a rating. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(String by, String url, String date, String uncertainty, Long votes) {
    }

    /** The developer's total in one edition of the Foundation Model Transparency Index (it rates developers, not models). */
    public record TransparencyJson(String developer, String edition, int score, int max, SourceRef source) {

        static TransparencyJson of(DeveloperTransparency t, Map<String, Source> sources) {
            return new TransparencyJson(t.getDeveloper(), t.getEdition(), t.getScore(), t.getMaxScore(),
                    SourceRef.of(t.getSourceId(), sources));
        }
    }

    /** A row of {@code /api/models}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String slug, String name, String vendor, String kind, Openness openness,
            String parametersStatus, Double parameters, Integer contextTokens, String license, String releaseDate,
            String lifecycle, PriceJson cheapestCurrentPrice, String url) {

        static Summary of(CatalogueRow row, Map<String, Source> sources) {
            LanguageModel m = row.model();
            return new Summary(m.getSlug(), m.getName(), m.getVendor().getSlug(), m.getKind(), Openness.of(m),
                    m.getParametersStatus(), m.getParameterCount(), m.getContextTokens(), m.getLicense().getSlug(),
                    m.getReleaseDate(), row.lifecycle().label(),
                    row.cheapestPrice() == null ? null : PriceJson.of(row.cheapestPrice(), row.offers(), sources),
                    "/models/" + m.getSlug());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fact(@JsonInclude(JsonInclude.Include.ALWAYS) Object value, String status, List<ClaimJson> claims) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LicenseJson(String slug, String name, String url, boolean osiApproved, String commercialUse,
            String conditions, String restrictions, SourceRef source, List<ClaimJson> keyTerms) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lifecycle(String status, String date, String text, SourceRef source, String quote, String announced,
            String successor, boolean unverified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Capabilities(List<String> inputModalities, List<String> outputModalities, Boolean toolCalling,
            Integer maxOutputTokens, String knowledgeCutoff, SourceRef source, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tokenizer(BigDecimal multiplier, SourceRef source, String quote) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Extended(int tokens, String label, SourceRef source) {
    }

    /** {@code /api/models/{slug}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Details(String slug, String name, String family, String vendor, String kind, String architecture,
            String baseModel, String summary, Openness openness, Fact release, Fact parameters, Fact context,
            List<Extended> extendedContexts, Fact trainingTokens, Fact trainingData, Fact trainingCode,
            LicenseJson license, Fact access, Fact fineTuning, Lifecycle lifecycle, Capabilities capabilities,
            Tokenizer tokenizer, List<ScoreJson> scores, List<ScoreJson> systemResults, List<PriceJson> prices,
            List<TransparencyJson> developerTransparency, String url) {

        static Details of(ModelDetails d, List<DeveloperTransparency> transparency, Map<String, Source> sources) {
            LanguageModel m = d.model();
            License l = m.getLicense();
            return new Details(m.getSlug(), m.getName(), m.getFamily(), m.getVendor().getSlug(), m.getKind(),
                    m.getArchitecture(), m.getBaseModelSlug(), m.getSummary(), Openness.withFeatures(m, sources),
                    fact(m, "release", m.getReleaseDate(), null, sources),
                    fact(m, "parameters", m.getParameterCount(), m.getParametersStatus(), sources),
                    fact(m, "context", m.getContextTokens(), null, sources),
                    m.getExtendedContexts()
                        .stream()
                        .map(e -> new Extended(e.getTokens(), e.getLabel(), SourceRef.of(e.getSourceId(), sources)))
                        .toList(),
                    fact(m, "trainingTokens", m.getTrainingTokenCount(), m.getTrainingTokensStatus(), sources),
                    fact(m, "trainingData", m.isTrainingDataDocumented() ? "documented" : "not documented", null,
                            sources),
                    fact(m, "trainingCode", m.isTrainingCodePublic() ? "public" : "not public", null, sources),
                    new LicenseJson(l.getSlug(), l.getName(), l.getUrl(), l.isOsiApproved(), l.getCommercialUse(),
                            l.getConditions(), l.getRestrictions(), SourceRef.of(l.getSourceId(), sources),
                            ClaimJson.of(l.getKeyTerms(), sources)),
                    fact(m, "access", m.isWeightsDownloadable() ? "weights downloadable" : "API only", null, sources),
                    fact(m, "fineTuning", m.getFineTuningAvailable(), null, sources),
                    new Lifecycle(d.lifecycle().label(), d.lifecycle().date(), d.lifecycle().text(),
                            SourceRef.of(d.lifecycle().sourceId(), sources), d.lifecycle().quote(),
                            d.lifecycle().announced(), d.lifecycle().successor(), d.lifecycle().unverified()),
                    m.getCapabilitiesSourceId() == null ? null
                            : new Capabilities(m.getInputModalities(), m.getOutputModalities(), m.getToolCalling(),
                                    m.getMaxOutputTokens(), m.getKnowledgeCutoff(),
                                    SourceRef.of(m.getCapabilitiesSourceId(), sources), m.getCapabilitiesNote()),
                    m.getTokenizerMultiplier() == null ? null
                            : new Tokenizer(m.getTokenizerMultiplier(), SourceRef.of(m.getTokenizerSourceId(), sources),
                                    m.getTokenizerQuote()),
                    d.modelScores().stream().map(s -> ScoreJson.of(s, sources)).toList(),
                    d.systemScores().stream().map(s -> ScoreJson.of(s, sources)).toList(),
                    d.prices().stream().map(p -> PriceJson.of(p, d.offers(), sources)).toList(),
                    transparency.stream().map(t -> TransparencyJson.of(t, sources)).toList(),
                    "/models/" + m.getSlug());
        }

        private static Fact fact(LanguageModel m, String field, Object value, String status,
                Map<String, Source> sources) {
            return new Fact(value, status, ClaimJson.of(m.claimsFor(field), sources));
        }
    }
}
