package com.llmcompare.core.source;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A source must be a real page of its publisher: links to the hosts reserved for examples and
 * tests (RFC 2606 and 6761: example.com, *.test, *.invalid, localhost…) are placeholders a catalogue
 * left in, never a source.
 */
public final class PlaceholderHosts {

    private static final Set<String> RESERVED_NAMES = Set.of("example.com", "example.org", "example.net", "localhost");

    private static final Set<String> RESERVED_ENDINGS = Set.of(".example", ".test", ".invalid", ".localhost",
            ".example.com", ".example.org", ".example.net");

    private PlaceholderHosts() {
    }

    /** True for a link to a reserved host or one that is not a web address at all; false for null. */
    public static boolean isPlaceholder(String url) {
        if (url == null) {
            return false;
        }
        String host;
        try {
            URI uri = new URI(url.trim());
            host = uri.getHost();
            if (host == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return true;
            }
        }
        catch (java.net.URISyntaxException ex) {
            return true;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return RESERVED_NAMES.contains(lower) || RESERVED_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
