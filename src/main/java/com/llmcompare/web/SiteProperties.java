package com.llmcompare.web;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the site's web side.
 *
 * @param publicUrl the site's public address, used for canonical and Open Graph URLs; without it they come
 *     from the request's host where it is one of {@code allowedHosts} ({@link PublicUrl})
 * @param allowedHosts the hosts whose address the links may take when no public URL is set
 * @param socketWriteBuffer Tomcat's socket write buffer per connection: a page that fits is sent in
 *     one system call
 * @param pageCacheSize the most bytes of rendered answers kept in memory (README sizes it for a 256 MB heap)
 * @param requestHeadDeadline how long a client may take to send a whole request head before the
 *     connection is closed (a client trickling header lines otherwise holds it for ever)
 * @param stalePricesAfterDays how old the newest price check may be before every page says so
 */
@ConfigurationProperties("llmcompare")
public record SiteProperties(URI publicUrl, @DefaultValue({ "localhost", "127.0.0.1", "[::1]" }) List<String> allowedHosts,
        @DefaultValue("64KB") DataSize socketWriteBuffer, @DefaultValue("32MB") DataSize pageCacheSize,
        @DefaultValue("10s") java.time.Duration requestHeadDeadline, @DefaultValue("30") int stalePricesAfterDays) {

    public SiteProperties {
        if (allowedHosts == null || allowedHosts.isEmpty()) {
            throw new IllegalArgumentException("llmcompare.allowed-hosts must name at least one host, such as localhost");
        }
    }

    /** The configured public URL without a trailing slash, ready to prefix a path; null when none is set. */
    public String publicBase() {
        if (publicUrl == null || publicUrl.toString().isBlank()) {
            return null;
        }
        String base = publicUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
