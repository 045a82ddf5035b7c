package com.llmcompare.core.openness;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A row of the articles' open-vs-closed comparison table. */
@Entity
public class TradeOff {

    @Id
    private String id;

    private int position;

    private String dimension;

    private String openText;

    private String closedText;

    @Column(name = "source_id")
    private String sourceId;

    private String duplicateOf;

    /** Ids of the {@link TableRowCheck}s that test this row's general claim against the models. */
    private String checks;

    protected TradeOff() {
    }

    public TradeOff(String id, int position, String dimension, String openText, String closedText, String sourceId,
            String duplicateOf, List<String> checks) {
        this.checks = checks == null || checks.isEmpty() ? null : String.join(",", checks);
        this.id = id;
        this.position = position;
        this.dimension = dimension;
        this.openText = openText;
        this.closedText = closedText;
        this.sourceId = sourceId;
        this.duplicateOf = duplicateOf;
    }

    public String getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getDimension() {
        return dimension;
    }

    public String getOpenText() {
        return openText;
    }

    public String getClosedText() {
        return closedText;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getDuplicateOf() {
        return duplicateOf;
    }

    public List<TableRowCheck> getChecks() {
        if (checks == null) {
            return List.of();
        }
        return Arrays.stream(checks.split(",")).map(id -> TableRowCheck.fromId(id).orElseThrow()).toList();
    }
}
