package com.llmcompare.core.openness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/**
 * One of the articles' claims, checked: the article's words, what the primary sources say, a
 * verdict, and the evidence.
 */
@Entity
public class ClaimCheck {

    /** How far a claim holds against the primary sources. */
    public enum Verdict {

        HOLDS("holds", "holds"), PARTLY("partly", "partly holds"), DOES_NOT_HOLD("does-not-hold", "does not hold"),
        UNVERIFIED("unverified", "unverified");

        private final String slug;

        private final String label;

        Verdict(String slug, String label) {
            this.slug = slug;
            this.label = label;
        }

        public static Verdict fromSlug(String slug) {
            return Arrays.stream(values()).filter(v -> v.slug.equals(slug)).findFirst().orElseThrow();
        }

        public String getSlug() {
            return slug;
        }

        public String getLabel() {
            return label;
        }
    }

    /** A source the verdict rests on, with its words where they were read. */
    @Embeddable
    public static class Evidence {

        @Column(name = "source_id")
        private String sourceId;

        private String quote;

        private String note;

        protected Evidence() {
        }

        public Evidence(String sourceId, String quote, String note) {
            this.sourceId = sourceId;
            this.quote = quote;
            this.note = note;
        }

        public String getSourceId() {
            return sourceId;
        }

        public String getQuote() {
            return quote;
        }

        public String getNote() {
            return note;
        }
    }

    @Id
    private String id;

    private int position;

    private String topic;

    private String quote;

    @Column(name = "source_id")
    private String sourceId;

    private String finding;

    private String verdict;

    private String models;

    private String costModelSlug;

    private String costVersusSlug;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_evidence", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    protected ClaimCheck() {
    }

    public ClaimCheck(String id, int position, String topic, String quote, String sourceId, String finding,
            String verdict, List<String> models, String costModelSlug, String costVersusSlug,
            List<Evidence> evidence) {
        this.id = id;
        this.position = position;
        this.topic = topic;
        this.quote = quote;
        this.sourceId = sourceId;
        this.finding = finding;
        this.verdict = verdict;
        this.models = models == null || models.isEmpty() ? null : String.join(",", models);
        this.costModelSlug = costModelSlug;
        this.costVersusSlug = costVersusSlug;
        this.evidence = new ArrayList<>(evidence);
    }

    public String getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTopic() {
        return topic;
    }

    /** The article's words. */
    public String getQuote() {
        return quote;
    }

    /** The article. */
    public String getSourceId() {
        return sourceId;
    }

    /** What the primary sources say. */
    public String getFinding() {
        return finding;
    }

    public Verdict getVerdict() {
        return Verdict.fromSlug(verdict);
    }

    /** The models the claim is about, to link to their facts. */
    public List<String> getModels() {
        return models == null ? List.of() : Arrays.asList(models.split(","));
    }

    /** For a cost claim: the model whose cost is compared ... */
    public String getCostModelSlug() {
        return costModelSlug;
    }

    /** ... with this one's, at the workload of the page. */
    public String getCostVersusSlug() {
        return costVersusSlug;
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }
}
