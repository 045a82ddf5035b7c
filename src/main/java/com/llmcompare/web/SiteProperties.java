package com.llmcompare.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the site's web side.
 *
 * @param publicUrl the site's public address, used for canonical and Open Graph URLs
 * @param socketWriteBuffer Tomcat's socket write buffer per connection: a page that fits is sent in
 *     one system call
 * @param pageCacheSize the most bytes of rendered answers kept in memory (README sizes it for a 256 MB heap)
 * @param requestHeadDeadline how long a client may take to send a whole request head before the
 *     connection is closed (a client trickling header lines otherwise holds it for ever)
 */
@ConfigurationProperties("llmcompare")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("64KB") DataSize socketWriteBuffer, @DefaultValue("32MB") DataSize pageCacheSize,
        @DefaultValue("10s") java.time.Duration requestHeadDeadline) {

    /** The public URL without a trailing slash, ready to prefix a path. */
    public String publicBase() {
        String base = publicUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
