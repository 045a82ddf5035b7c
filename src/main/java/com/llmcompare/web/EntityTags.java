package com.llmcompare.web;

/**
 * {@code If-None-Match} as RFC 9110 (13.1.2) reads it: {@code *} or a list of entity tags, compared
 * weakly ({@code W/"x"} matches {@code "x"}).
 */
final class EntityTags {

    private EntityTags() {
    }

    /** Whether the header names the current representation, whose tag is {@code etag} (strong, quoted). */
    static boolean noneMatchFails(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String opaque = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            if (opaque(tag.trim()).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
