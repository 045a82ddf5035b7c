package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.llmcompare.core.dataset.DataSetVersion;

/**
 * The page cache cannot be grown or bypassed from outside, and a 304 is only ever the answer a 200 would
 * have been: the hostile sweep's findings 1, 3 and 6, reproduced.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CacheAbuseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CachingFilter filter;

    @Autowired
    DataSetVersion version;

    @Test
    void parametersNoPageReadsBuyNeitherACacheEntryNorARender() throws Exception {
        for (String page : new String[] { "/sources", "/open-vs-closed", "/cost", "/models", "/compare?models=gpt-4,llama-2-70b" }) {
            String separator = page.contains("?") ? "&" : "?";
            String first = mvc.perform(get(URI.create(page))).andReturn().getResponse().getHeader("ETag");
            long before = filter.cache().size();
            Set<String> etags = new HashSet<>();
            for (int i = 0; i < 100; i++) {
                etags.add(mvc.perform(get(URI.create(page + separator + "v=" + i)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getHeader("ETag"));
            }
            assertThat(etags).as(page).containsExactly(first);
            assertThat(filter.cache().size()).as(page).isEqualTo(before);
        }
        // a parameter the page reads still makes its own answer
        assertThat(mvc.perform(get(URI.create("/models?q=llama"))).andReturn().getResponse().getHeader("ETag"))
            .isNotEqualTo(mvc.perform(get(URI.create("/models"))).andReturn().getResponse().getHeader("ETag"));
        assertThat(mvc.perform(get(URI.create("/cost?inputPrice.gpt-5.5=1"))).andReturn().getResponse().getHeader("ETag"))
            .isNotEqualTo(mvc.perform(get(URI.create("/cost"))).andReturn().getResponse().getHeader("ETag"));
    }

    @Autowired
    SiteProperties site;

    @Test
    void distinctAnswersFillTheCacheOnlyUpToItsCeiling() throws Exception {
        // each /open-vs-closed answer is about 360 KB: 150 distinct ones are far more than the 32 MB ceiling
        long rendered = 0;
        for (int i = 0; i < 150; i++) {
            rendered += mvc.perform(get(URI.create("/open-vs-closed?inputTokens=" + (1_000_000 + i))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray().length;
            assertThat(filter.cache().weightedBytes()).isLessThanOrEqualTo(site.pageCacheSize().toBytes());
        }
        assertThat(site.pageCacheSize().toMegabytes()).isEqualTo(32);
        assertThat(rendered).as("the answers outgrow the ceiling, so eviction was at work")
            .isGreaterThan(site.pageCacheSize().toBytes());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void theCacheIsBoundedByTheBytesItHolds() {
        long ceiling = 1_000_000;
        RenderedPageCache cache = new RenderedPageCache(ceiling);
        for (int i = 0; i < 200; i++) {
            cache.put("/page?" + i, new RenderedPageCache.Entry("\"e\"", "text/html", null, new byte[100_000], null));
            assertThat(cache.weightedBytes()).isLessThanOrEqualTo(ceiling);
        }
        assertThat(cache.size()).isBetween(1L, 10L);
    }

    @Test
    void aForgedEntityTagGetsNo304ForAnAnswerThatIsNotA200() throws Exception {
        mvc.perform(get(URI.create("/models/nope")).header("If-None-Match", forged("/models/nope")))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get(URI.create("/cost?inputTokens=-1")).header("If-None-Match", forged("/cost?inputTokens=-1")))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get(URI.create("/compare?models=GPT-4,llama-2-70b"))
            .header("If-None-Match", forged("/compare?models=GPT-4,llama-2-70b")))
            .andExpect(status().isMovedPermanently());
        mvc.perform(get(URI.create("/models/nope")).header("If-None-Match", "*")).andExpect(status().isNotFound());
    }

    @Test
    void weakTagsListsAndTheWildcardCompareAsHttpSays() throws Exception {
        // first request renders; the tag is then answered from a fresh render and from the cache alike
        String page = "/benchmarks?weak=1";
        String etag = mvc.perform(get(URI.create("/benchmarks"))).andReturn().getResponse().getHeader("ETag");
        for (String ifNoneMatch : new String[] { etag, "W/" + etag, "\"other\", " + etag, "W/\"other\", W/" + etag,
                "*" }) {
            mvc.perform(get(URI.create("/benchmarks")).header("If-None-Match", ifNoneMatch))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag));
            mvc.perform(get(URI.create(page)).header("If-None-Match", ifNoneMatch)).andExpect(status().isNotModified());
        }
        mvc.perform(get(URI.create("/benchmarks")).header("If-None-Match", "\"other\"")).andExpect(status().isOk());
        // a page not rendered yet: rendered, found to be a 200 with that tag, then 304
        String fresh = "/benchmarks/gsm8k";
        mvc.perform(get(URI.create(fresh)).header("If-None-Match", forged(fresh))).andExpect(status().isNotModified());
    }

    @Test
    void entityTagsCompareWeakly() {
        assertThat(EntityTags.noneMatchFails("W/\"a\"", "\"a\"")).isTrue();
        assertThat(EntityTags.noneMatchFails("\"b\" , \"a\"", "\"a\"")).isTrue();
        assertThat(EntityTags.noneMatchFails(" * ", "\"a\"")).isTrue();
        assertThat(EntityTags.noneMatchFails("\"b\"", "\"a\"")).isFalse();
        assertThat(EntityTags.noneMatchFails(null, "\"a\"")).isFalse();
        assertThat(EntityTags.noneMatchFails("", "\"a\"")).isFalse();
    }

    /** An entity tag built the way the site builds them, for a URL of the attacker's choice. */
    private String forged(String url) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
            .digest(("2026-11-23 " + url).getBytes(StandardCharsets.UTF_8));
        return "\"" + version.version() + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
    }
}
