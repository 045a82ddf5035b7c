package com.llmcompare.data;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data set is read from.
 *
 * @param dataDir the folder the data set is read from at start-up ({@code llmcompare.data-dir})
 */
@ConfigurationProperties("llmcompare")
public record DataSetProperties(@DefaultValue("data") Path dataDir) {
}
