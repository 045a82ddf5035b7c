package com.llmcompare.core.dataset;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The loaded data set's version (a hash of its files), its "as of" date and the date of each part: the newest
 * price check, the newest dated score run, the newest source an openness audit rests on ({@code null} where a
 * part has no date).
 */
@Entity
public class DataSetInfo {

    static final int SINGLETON_ID = 1;

    @Id
    private int id = SINGLETON_ID;

    private String version;

    private String asOf;

    private String pricesAsOf;

    private String scoresAsOf;

    private String opennessAsOf;

    protected DataSetInfo() {
    }

    public DataSetInfo(String version, String asOf) {
        this(version, asOf, null, null, null);
    }

    public DataSetInfo(String version, String asOf, String pricesAsOf, String scoresAsOf, String opennessAsOf) {
        this.version = version;
        this.asOf = asOf;
        this.pricesAsOf = pricesAsOf;
        this.scoresAsOf = scoresAsOf;
        this.opennessAsOf = opennessAsOf;
    }

    public String getVersion() {
        return version;
    }

    public String getAsOf() {
        return asOf;
    }

    public String getPricesAsOf() {
        return pricesAsOf;
    }

    public String getScoresAsOf() {
        return scoresAsOf;
    }

    public String getOpennessAsOf() {
        return opennessAsOf;
    }
}
