package com.llmcompare.core.openness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An advantage or challenge of open or closed models, as an article lists it. */
@Entity
public class TradeOffItem {

    @Id
    private String id;

    private String side;

    private String kind;

    private String dimension;

    @Column(name = "item_text")
    private String text;

    @Column(name = "source_id")
    private String sourceId;

    protected TradeOffItem() {
    }

    public TradeOffItem(String id, String side, String kind, String dimension, String text, String sourceId) {
        this.id = id;
        this.side = side;
        this.kind = kind;
        this.dimension = dimension;
        this.text = text;
        this.sourceId = sourceId;
    }

    public String getId() {
        return id;
    }

    public String getSide() {
        return side;
    }

    public String getKind() {
        return kind;
    }

    public String getDimension() {
        return dimension;
    }

    public String getText() {
        return text;
    }

    public String getSourceId() {
        return sourceId;
    }
}
