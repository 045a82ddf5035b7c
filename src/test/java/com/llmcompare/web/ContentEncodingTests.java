package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which requests get gzip, which answers are gzipped, and that the bytes come back unchanged. */
class ContentEncodingTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            gzip, deflate, br       | true
            br;q=1.0, gzip;q=0.8    | true
            GZIP                    | true
            x-gzip                  | true
            *                       | true
            *;q=0.5                 | true
            gzip;q=0                | false
            gzip;q=0, *             | false
            *;q=0                   | false
            identity                | false
            br                      | false
            gzip;q=nonsense         | false
            ''                      | false
            null                    | false
            """)
    void acceptsGzipOnlyWhereTheClientSaysSo(String acceptEncoding, boolean accepts) {
        assertThat(ContentEncoding.acceptsGzip(acceptEncoding)).isEqualTo(accepts);
    }

    @Test
    void textTypesOfAtLeast512BytesCompressAndOthersDoNot() {
        assertThat(ContentEncoding.compressible("text/html;charset=UTF-8", 512)).isTrue();
        assertThat(ContentEncoding.compressible("application/json", 10_000)).isTrue();
        assertThat(ContentEncoding.compressible("text/csv; charset=utf-8", 600)).isTrue();
        assertThat(ContentEncoding.compressible("image/svg+xml", 600)).isTrue();
        assertThat(ContentEncoding.compressible("text/html", 511)).isFalse();
        assertThat(ContentEncoding.compressible("image/png", 100_000)).isFalse();
        assertThat(ContentEncoding.compressible(null, 100_000)).isFalse();
    }

    @Test
    void gzipRoundTripsAndEachEncodingHasItsOwnTag() throws IOException {
        byte[] page = "<p>LLM Compare</p>".repeat(200).getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = ContentEncoding.gzip(page);
        assertThat(gzipped.length).isLessThan(page.length / 10);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertThat(in.readAllBytes()).isEqualTo(page);
        }
        assertThat(ContentEncoding.gzipTag("\"v1-abc\"")).isEqualTo("\"v1-abc-gzip\"");
    }
}
