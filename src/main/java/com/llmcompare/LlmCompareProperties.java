package com.llmcompare;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the site.
 *
 * @param dataDir the folder the data set is read from at start-up
 * @param publicUrl the site's public address, used for canonical and Open Graph URLs
 * @param socketWriteBuffer Tomcat's socket write buffer per connection: a page that fits is sent in
 *     one system call
 */
@ConfigurationProperties("llmcompare")
public record LlmCompareProperties(@DefaultValue("data") Path dataDir,
        @DefaultValue("http://localhost:8080") URI publicUrl, @DefaultValue("64KB") DataSize socketWriteBuffer) {

    /** The public URL without a trailing slash, ready to prefix a path. */
    public String publicBase() {
        String base = publicUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
