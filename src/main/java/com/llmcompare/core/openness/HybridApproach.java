package com.llmcompare.core.openness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** What an article says about hybrid approaches between open and closed models. */
@Entity
public class HybridApproach {

    @Id
    private String id;

    private int position;

    private String kind;

    private String title;

    @Column(name = "item_text")
    private String text;

    @Column(name = "source_id")
    private String sourceId;

    protected HybridApproach() {
    }

    public HybridApproach(String id, int position, String kind, String title, String text, String sourceId) {
        this.id = id;
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.text = text;
        this.sourceId = sourceId;
    }

    public String getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    /** {@code summary}, {@code example}, {@code feature}, {@code trend} or {@code faq}. */
    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getSourceId() {
        return sourceId;
    }
}
