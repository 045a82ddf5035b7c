package com.llmcompare.core.model;

import com.llmcompare.core.openness.OpennessLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import com.llmcompare.core.openness.AuditCriteria;
import com.llmcompare.core.openness.AuditEntry;
import com.llmcompare.core.openness.LevelInputs;
import com.llmcompare.core.openness.OpennessAudit;
import com.llmcompare.core.openness.OpennessScore;

/**
 * A large language model (or, for Bard, a chatbot product run on one) with its headline facts.
 * Each headline number is backed by the {@link Claim}s that state it; claims that disagree
 * (the article's 8000 vs the API's 8,192) are kept beside it.
 */
@Entity
public class LanguageModel {

    @Id
    String slug;

    String name;

    String family;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "vendor_slug")
    Vendor vendor;

    String kind;

    String architecture;

    String baseModelSlug;

    String summary;

    String namedIn;

    String releaseDate;

    String parametersStatus;

    Double parameterCount;

    Integer contextTokens;

    String trainingTokensStatus;

    Double trainingTokenCount;

    boolean trainingDataDocumented;

    boolean trainingCodePublic;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "license_slug")
    License license;

    boolean weightsDownloadable;

    boolean apiAvailable;

    Boolean fineTuningAvailable;

    String fineTuningHow;

    String lifecycleStatus;

    String lifecycleDate;

    String lifecycleText;

    String lifecycleSourceId;

    String lifecycleQuote;

    String lifecycleAnnounced;

    String lifecycleSuccessor;

    boolean lifecycleUnverified;

    String inputModalities;

    String outputModalities;

    Boolean toolCalling;

    Integer maxOutputTokens;

    String knowledgeCutoff;

    String capabilitiesSourceId;

    String capabilitiesNote;

    BigDecimal tokenizerMultiplier;

    String tokenizerSourceId;

    String tokenizerQuote;

    @ElementCollection
    @CollectionTable(name = "model_claim", joinColumns = @JoinColumn(name = "model_slug"))
    @OrderColumn(name = "position")
    List<Claim> claims = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "extended_context", joinColumns = @JoinColumn(name = "model_slug"))
    @OrderColumn(name = "position")
    List<ExtendedContext> extendedContexts = new ArrayList<>();

    String opennessCriteria;

    String opennessBasis;

    String opennessSourceId;

    /** Loaded with the model wherever it is loaded: every page that shows a level needs it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "openness_feature", joinColumns = @JoinColumn(name = "model_slug"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    List<AuditEntry> opennessFeatures = new ArrayList<>();

    protected LanguageModel() {
    }

    /** The openness audit of {@code data/openness/}: the index's 12 criteria or the tracker's 14 features. */
    public OpennessAudit getOpennessAudit() {
        return new OpennessAudit(AuditCriteria.ofFile(opennessCriteria), opennessBasis, opennessSourceId,
                opennessFeatures);
    }

    /** The openness level rule ({@link OpennessLevel}), fed by the audit where it assesses a feature and by the model's facts otherwise. */
    public LevelInputs getOpennessInputs() {
        return getOpennessAudit().levelInputs(weightsDownloadable, license.isOsiApproved(), trainingCodePublic,
                trainingDataDocumented);
    }

    public OpennessLevel getOpennessLevel() {
        return getOpennessInputs().level();
    }

    public String getOpennessReason() {
        return getOpennessInputs().reason(license.getName());
    }

    public OpennessScore getOpennessScore() {
        return getOpennessAudit().getScore();
    }

    /** The claims about one fact, in file order. */
    public List<Claim> claimsFor(String field) {
        return claims.stream().filter(claim -> claim.getField().equals(field)).toList();
    }

    /** The claim whose number is the headline number of a fact: the headline's source. */
    public Optional<Claim> headlineClaim(String field, Double headline) {
        if (headline == null) {
            return Optional.empty();
        }
        return claimsFor(field).stream()
            .filter(claim -> claim.getNumber() != null && claim.getNumber().doubleValue() == headline.doubleValue())
            .findFirst();
    }

    /** The source of a fact's headline number, or null when no claim states it. */
    public String headlineSourceId(String field, Number headline) {
        return headlineClaim(field, headline == null ? null : headline.doubleValue()).map(Claim::getSourceId)
            .orElse(null);
    }

    /** Article claims whose number differs from the headline (GPT-4's "8000" vs 8,192). */
    public List<Claim> articleDisagreements(String field, Double headline) {
        return claimsFor(field).stream()
            .filter(Claim::isFromArticle)
            .filter(claim -> claim.getNumber() != null && headline != null
                    && claim.getNumber().doubleValue() != headline.doubleValue())
            .toList();
    }

    /**
     * Claims from an article or a catalogue that disagree with the value shown: a number other than
     * the headline number (the article's 8000 vs 8,192), or another date than the release date
     * (models.dev's 2023-11-06 for GPT-4). A date given to the month agrees with a day in it.
     */
    public List<Claim> disagreements(String field, Object headline) {
        if (headline == null) {
            return List.of();
        }
        return claimsFor(field).stream()
            .filter(claim -> claim.isFromArticle() || claim.isFromCatalogue())
            .filter(claim -> headline instanceof Number number
                    ? claim.getNumber() != null && claim.getNumber().doubleValue() != number.doubleValue()
                    : isDate(claim.getValueText()) && !datesAgree(claim.getValueText(), headline.toString()))
            .toList();
    }

    private static boolean isDate(String text) {
        return text != null && text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }

    private static boolean datesAgree(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The year of release ("2023"), or null when the release date is not known. */
    public Integer getReleaseYear() {
        return releaseDate == null ? null : Integer.valueOf(releaseDate.substring(0, 4));
    }

    /** Named in one of the seed articles (the 2023 set the site started from). */
    public boolean isFromTheArticles() {
        return !getNamedIn().isEmpty();
    }

    public boolean generatesText() {
        return !"encoder".equals(architecture);
    }

    /** Where the model stands on the day ({@link Lifecycle}). */
    public Lifecycle lifecycleOn(LocalDate day) {
        return Lifecycle.on(day, lifecycleStatus, lifecycleDate, lifecycleText, lifecycleSourceId, lifecycleQuote,
                lifecycleAnnounced, lifecycleSuccessor, lifecycleUnverified);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getFamily() {
        return family;
    }

    public Vendor getVendor() {
        return vendor;
    }

    public String getKind() {
        return kind;
    }

    public String getArchitecture() {
        return architecture;
    }

    public String getBaseModelSlug() {
        return baseModelSlug;
    }

    public String getSummary() {
        return summary;
    }

    public List<String> getNamedIn() {
        return splitList(namedIn);
    }

    public String getReleaseDate() {
        return releaseDate;
    }

    public String getParametersStatus() {
        return parametersStatus;
    }

    public Double getParameterCount() {
        return parameterCount;
    }

    public Integer getContextTokens() {
        return contextTokens;
    }

    public String getTrainingTokensStatus() {
        return trainingTokensStatus;
    }

    public Double getTrainingTokenCount() {
        return trainingTokenCount;
    }

    public boolean isTrainingDataDocumented() {
        return trainingDataDocumented;
    }

    public boolean isTrainingCodePublic() {
        return trainingCodePublic;
    }

    public License getLicense() {
        return license;
    }

    public boolean isWeightsDownloadable() {
        return weightsDownloadable;
    }

    public boolean isApiAvailable() {
        return apiAvailable;
    }

    public Boolean getFineTuningAvailable() {
        return fineTuningAvailable;
    }

    public String getFineTuningHow() {
        return fineTuningHow;
    }

    /** The status the data set records; what it means on a day is {@link #lifecycleOn}'s. */
    public String getLifecycleStatus() {
        return lifecycleStatus;
    }

    public String getLifecycleDate() {
        return lifecycleDate;
    }

    public String getLifecycleText() {
        return lifecycleText;
    }

    public String getLifecycleSourceId() {
        return lifecycleSourceId;
    }

    public String getLifecycleQuote() {
        return lifecycleQuote;
    }

    public List<String> getInputModalities() {
        return splitList(inputModalities);
    }

    public List<String> getOutputModalities() {
        return splitList(outputModalities);
    }

    public Boolean getToolCalling() {
        return toolCalling;
    }

    public Integer getMaxOutputTokens() {
        return maxOutputTokens;
    }

    public String getKnowledgeCutoff() {
        return knowledgeCutoff;
    }

    public String getCapabilitiesSourceId() {
        return capabilitiesSourceId;
    }

    public String getCapabilitiesNote() {
        return capabilitiesNote;
    }

    public BigDecimal getTokenizerMultiplier() {
        return tokenizerMultiplier;
    }

    public String getTokenizerSourceId() {
        return tokenizerSourceId;
    }

    public String getTokenizerQuote() {
        return tokenizerQuote;
    }

    public List<Claim> getClaims() {
        return claims;
    }

    public List<ExtendedContext> getExtendedContexts() {
        return extendedContexts;
    }

    private static List<String> splitList(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
