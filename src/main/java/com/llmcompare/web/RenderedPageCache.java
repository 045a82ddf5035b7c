package com.llmcompare.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The bytes of rendered answers, by canonical request: the data set is read-only at run time, so an
 * answer never changes until the next data version (which starts a new process). Bounded by the bytes it
 * holds (Caffeine's size-weighted eviction), not by a count of entries, so large pages cannot exhaust the
 * heap however many distinct requests arrive.
 */
class RenderedPageCache {

    /** Bookkeeping per entry beyond its body and key: the entry, its strings and the cache's node. */
    private static final int OVERHEAD_BYTES = 256;

    /**
     * A stored answer: what is needed to send it again without rendering, with its gzipped bytes (null when
     * it does not compress) made once, so a cache hit compresses nothing.
     */
    record Entry(String etag, String contentType, String contentDisposition, byte[] body, byte[] gzipBody) {
    }

    private final Cache<String, Entry> entries;

    RenderedPageCache(long maxBytes) {
        this.entries = Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((String key, Entry entry) -> weight(key, entry))
            .executor(Runnable::run)
            .build();
    }

    static int weight(String key, Entry entry) {
        return entry.body().length + (entry.gzipBody() == null ? 0 : entry.gzipBody().length) + 2 * key.length()
                + OVERHEAD_BYTES;
    }

    Entry get(String key) {
        return entries.getIfPresent(key);
    }

    void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    long size() {
        return entries.estimatedSize();
    }

    /** The bytes held now, by the same weights eviction uses. */
    long weightedBytes() {
        return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }
}
