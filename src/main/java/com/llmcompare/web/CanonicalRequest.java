package com.llmcompare.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The canonical form of a GET request for caching: its path and the query parameters its page reads, as
 * sent (raw, in order, so that a non-canonical spelling that is redirected never shares a key with the
 * canonical one). Tracking parameters and any parameter the page does not read are left out.
 */
final class CanonicalRequest {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "_ga", "_gl", "igshid", "yclid", "ref");

    private CanonicalRequest() {
    }

    static String key(String path, String rawQuery) {
        return key(path, rawQuery, name -> true);
    }

    /** @param read whether the page reads a parameter (by its decoded name) */
    static String key(String path, String rawQuery, Predicate<String> read) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return path;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String raw = equals < 0 ? pair : pair.substring(0, equals);
            String name = raw.toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name) && read.test(decoded(raw))) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? path : path + "?" + String.join("&", kept);
    }

    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return raw;
        }
    }
}
