package com.llmcompare.core.dataset;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/** The loaded data set's version and "as of" date, read once: the data does not change at run time. */
@Component
public class DataSetVersion {

    private final SingletonSupplier<DataSetInfo> info;

    // The repository is looked up on first use: the web filters that need the version are built before JPA is up.
    DataSetVersion(ObjectProvider<DataSetInfoRepository> repository) {
        this.info = SingletonSupplier.of(() -> repository.getObject()
            .findById(DataSetInfo.SINGLETON_ID)
            .orElseThrow(() -> new IllegalStateException("the data set is not loaded")));
    }

    public DataSetInfo info() {
        return info.obtain();
    }

    public String version() {
        return info().getVersion();
    }
}
