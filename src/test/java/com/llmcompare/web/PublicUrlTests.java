package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

/**
 * A site started without {@code llmcompare.public-url}: its links take the address the browser used when
 * that host is allowed, never a forged one, and the page cache never serves one host's links to another.
 */
@SpringBootTest(properties = "llmcompare.public-url=")
@AutoConfigureMockMvc
class PublicUrlTests {

    private static final String COMPARE = "/compare?models=gpt-4,llama-2-70b";

    @Autowired
    MockMvc mvc;

    private static PublicUrl resolver(String publicUrl) {
        return new PublicUrl(new SiteProperties(publicUrl == null ? null : URI.create(publicUrl),
                List.of("localhost", "127.0.0.1", "[::1]"), DataSize.ofKilobytes(64), DataSize.ofMegabytes(32),
                java.time.Duration.ofSeconds(10), 30));
    }

    private static MockHttpServletRequest request(String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/compare");
        request.addHeader("Host", host);
        request.setLocalPort(8081);
        return request;
    }

    @Test
    void theConfiguredUrlAlwaysWins() {
        PublicUrl url = resolver("https://llm-compare.example/");

        assertThat(url.fromRequest()).isFalse();
        assertThat(url.base(request("localhost:9000"))).isEqualTo("https://llm-compare.example");
        assertThat(url.base(request("evil.example"))).isEqualTo("https://llm-compare.example");
    }

    @Test
    void withoutItAnAllowedHostIsUsedAsTheBrowserGaveItAndAnyOtherFallsBackToThisMachine() {
        PublicUrl url = resolver(null);

        assertThat(url.fromRequest()).isTrue();
        assertThat(url.base(request("localhost:9000"))).isEqualTo("http://localhost:9000");
        assertThat(url.base(request("127.0.0.1"))).isEqualTo("http://127.0.0.1");
        assertThat(url.base(request("[::1]:8443"))).isEqualTo("http://[::1]:8443");
        assertThat(url.base(request("LOCALHOST:9000"))).isEqualTo("http://localhost:9000");
        for (String forged : List.of("evil.example", "localhost.evil.example", "localhost:99999", "localhost@evil.example",
                "localhost:80/x", "evil.example:8080\r\nX: y", "")) {
            assertThat(url.base(request(forged))).as(forged).isEqualTo("http://localhost:8081");
        }
    }

    @Test
    void thePagesLinksFollowTheAllowedHostAndTheCacheKeepsHostsApart() throws Exception {
        mvc.perform(get(COMPARE).header("Host", "localhost:9000"))
            .andExpect(xpath("//link[@rel='canonical']/@href").string("http://localhost:9000" + COMPARE))
            .andExpect(xpath("//input[@id='share-url']/@value").string("http://localhost:9000" + COMPARE));
        // the same URL from another allowed host: its own links, not the cached page of the first
        mvc.perform(get(COMPARE).header("Host", "127.0.0.1:9000"))
            .andExpect(xpath("//link[@rel='canonical']/@href").string("http://127.0.0.1:9000" + COMPARE));
        // a forged host, even right after: this machine's name, never the forged one
        String forged = mvc.perform(get(COMPARE).header("Host", "evil.example")).andReturn().getResponse()
            .getContentAsString();
        assertThat(forged).doesNotContain("evil.example").contains("http://localhost" + COMPARE);
    }
}
