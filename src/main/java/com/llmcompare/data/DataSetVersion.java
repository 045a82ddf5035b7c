package com.llmcompare.data;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The loaded data set's version and "as of" date, read once: the data does not change at run time. */
@Component
public class DataSetVersion {

    // Looked up on first use: the web filters that need the version are built before JPA is up.
    private final ObjectProvider<DataSetInfoRepository> repository;

    private volatile DataSetInfo info;

    DataSetVersion(ObjectProvider<DataSetInfoRepository> repository) {
        this.repository = repository;
    }

    public DataSetInfo info() {
        DataSetInfo current = info;
        if (current == null) {
            current = repository.getObject().findById(DataSetInfo.SINGLETON_ID)
                .orElseThrow(() -> new IllegalStateException("the data set is not loaded"));
            info = current;
        }
        return current;
    }

    public String version() {
        return info().getVersion();
    }
}
