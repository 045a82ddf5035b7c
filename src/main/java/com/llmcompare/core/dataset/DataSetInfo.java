package com.llmcompare.core.dataset;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The loaded data set's version (a hash of its files) and its "as of" date. */
@Entity
public class DataSetInfo {

    static final int SINGLETON_ID = 1;

    @Id
    private int id = SINGLETON_ID;

    private String version;

    private String asOf;

    protected DataSetInfo() {
    }

    public DataSetInfo(String version, String asOf) {
        this.version = version;
        this.asOf = asOf;
    }

    public String getVersion() {
        return version;
    }

    public String getAsOf() {
        return asOf;
    }
}
