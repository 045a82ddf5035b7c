package com.llmcompare.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address the site's links are built from (the share link box, {@code canonical}, Open Graph): the
 * configured {@code llmcompare.public-url} where it is set; without it, the address the browser used, but
 * only for a host in {@code llmcompare.allowed-hosts} (by default this machine's own names), so a forged
 * {@code Host} header never reaches a page; any other host gets the first allowed one. The page cache keys
 * its entries by this base when it comes from the request, so one host's links are never served to another.
 */
@Component
public class PublicUrl {

    /** A host name, IPv4 or bracketed IPv6 address, and an optional port: nothing else is echoed. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[A-Za-z0-9.-]+)(?::(\\d{1,5}))?");

    private final String configured;

    private final List<String> allowedHosts;

    PublicUrl(SiteProperties properties) {
        this.configured = properties.publicBase();
        this.allowedHosts = properties.allowedHosts().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether the base depends on the request (no public URL configured). */
    public boolean fromRequest() {
        return configured == null;
    }

    /** The base without a trailing slash, ready to prefix a path: "https://llm-compare.example". */
    public String base(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        String host = request.getHeader("Host");
        Matcher matcher = host == null ? null : HOST.matcher(host.trim());
        if (matcher != null && matcher.matches() && allowedHosts.contains(matcher.group(1).toLowerCase(Locale.ROOT))
                && (matcher.group(2) == null || Integer.parseInt(matcher.group(2)) <= 65_535)) {
            return "http://" + host.trim().toLowerCase(Locale.ROOT);
        }
        int port = request.getLocalPort();
        return "http://" + allowedHosts.get(0) + (port == 80 || port <= 0 ? "" : ":" + port);
    }
}
