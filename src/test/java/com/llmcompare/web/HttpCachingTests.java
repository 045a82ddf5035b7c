package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.llmcompare.core.dataset.DataSetVersion;

@SpringBootTest
@AutoConfigureMockMvc
class HttpCachingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSetVersion version;

    private String etag(String url) throws Exception {
        return mvc.perform(get(URI.create(url))).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
    }

    @Test
    void pagesAndApiAnswersCarryAnEtagFromTheDataVersionAndTheCanonicalRequest() throws Exception {
        String compare = etag("/compare?models=gpt-4,llama-2-70b");
        assertThat(compare).startsWith("\"" + version.version() + "-");
        assertThat(etag("/compare?models=gpt-4,llama-2-70b&utm_source=mail&fbclid=x")).isEqualTo(compare);
        assertThat(etag("/compare?models=gpt-4,falcon-40b")).isNotEqualTo(compare);
        assertThat(etag("/api/models")).startsWith("\"" + version.version() + "-").isNotEqualTo(etag("/models"));
    }

    @Test
    void ifNoneMatchAnswers304() throws Exception {
        String etag = etag("/models?openness=closed");
        mvc.perform(get(URI.create("/models?openness=closed")).header("If-None-Match", etag))
            .andExpect(status().isNotModified())
            .andExpect(header().string("ETag", etag));
        mvc.perform(get(URI.create("/models?openness=open-source")).header("If-None-Match", etag))
            .andExpect(status().isOk());
    }

    @Test
    void aClientThatAcceptsGzipGetsTheSameBytesCompressedWithTheirOwnTagAndACacheHitCompressesNothing()
            throws Exception {
        String url = "/compare?models=gpt-5.2,claude-opus-4.5";
        var plain = mvc.perform(get(URI.create(url))).andExpect(status().isOk())
            .andExpect(header().string("Vary", containsString("Accept-Encoding")))
            .andExpect(header().doesNotExist("Content-Encoding"))
            .andReturn().getResponse();
        var gzipped = mvc.perform(get(URI.create(url)).header("Accept-Encoding", "gzip, deflate, br"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Encoding", "gzip"))
            .andExpect(header().string("Vary", containsString("Accept-Encoding")))
            .andReturn().getResponse();
        byte[] compressed = gzipped.getContentAsByteArray();
        assertThat(compressed.length).isLessThan(plain.getContentAsByteArray().length / 3);
        assertThat(gzipped.getContentLength()).isEqualTo(compressed.length);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.getContentAsByteArray());
        }
        String plainTag = plain.getHeader("ETag");
        String gzipTag = gzipped.getHeader("ETag");
        assertThat(gzipTag).isEqualTo(plainTag.substring(0, plainTag.length() - 1) + "-gzip\"");
        // each tag revalidates its own encoding only
        mvc.perform(get(URI.create(url)).header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag))
            .andExpect(status().isNotModified());
        mvc.perform(get(URI.create(url)).header("If-None-Match", gzipTag)).andExpect(status().isOk());
        // the JSON and the CSV are compressed too
        mvc.perform(get(URI.create("/api/models")).header("Accept-Encoding", "gzip"))
            .andExpect(header().string("Content-Encoding", "gzip"));
        mvc.perform(get(URI.create("/compare.csv?models=gpt-5.2,claude-opus-4.5")).header("Accept-Encoding", "gzip"))
            .andExpect(header().string("Content-Encoding", "gzip"));
        mvc.perform(get(URI.create(url)).header("Accept-Encoding", "gzip;q=0"))
            .andExpect(header().doesNotExist("Content-Encoding"));
    }

    @Test
    void cacheControlLetsACdnCache() throws Exception {
        mvc.perform(get("/models"))
            .andExpect(header().string("Cache-Control", containsString("public")))
            .andExpect(header().string("Cache-Control", containsString("s-maxage=")));
        mvc.perform(head("/models")).andExpect(status().isOk()).andExpect(header().exists("ETag"));
    }

    @Test
    void errorsAndRedirectsAreNotCached() throws Exception {
        mvc.perform(get("/models/no-such-model"))
            .andExpect(status().isNotFound())
            .andExpect(header().doesNotExist("ETag"));
        mvc.perform(get(URI.create("/compare?models=GPT-4,llama-2-70b")))
            .andExpect(status().isMovedPermanently())
            .andExpect(header().doesNotExist("ETag"));
    }

    @Test
    void cachedAnswersAreTheSameAsRendered() throws Exception {
        String first = mvc.perform(get("/benchmarks/mmlu")).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/benchmarks/mmlu")).andReturn().getResponse().getContentAsString();
        assertThat(second).isEqualTo(first).contains("86.4%");
    }

    @Test
    void staticAssetsAreFingerprintedAndCachedForAYear() throws Exception {
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        String css = page.replaceAll("(?s).*href=\"(/css/site-[0-9a-f]{32}\\.css)\".*", "$1");
        assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
        mvc.perform(get(css))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", matchesPattern(".*max-age=31536000.*")));
    }

    @Test
    void canonicalKeyDropsOnlyTrackingParameters() {
        assertThat(CanonicalRequest.key("/models", "utm_source=x&q=llama&fbclid=1")).isEqualTo("/models?q=llama");
        assertThat(CanonicalRequest.key("/compare", "models=gpt-4%2Cllama-2-70b"))
            .isNotEqualTo(CanonicalRequest.key("/compare", "models=gpt-4,llama-2-70b"));
        assertThat(CanonicalRequest.key("/models", null)).isEqualTo("/models");
    }
}
