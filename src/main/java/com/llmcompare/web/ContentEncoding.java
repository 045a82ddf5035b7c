package com.llmcompare.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for answers that compress: HTML, JSON, CSV, SVG, CSS and JavaScript of at least
 * {@value #MIN_BYTES} bytes, sent compressed to a client whose {@code Accept-Encoding} accepts gzip
 * (RFC 9110 §12.5.3: "gzip" or "*" with a q-value above 0, and no "gzip;q=0").
 */
final class ContentEncoding {

    /** Below this a gzip header and trailer can outweigh what compression saves. */
    static final int MIN_BYTES = 512;

    private static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/css", "text/csv", "text/plain",
            "text/javascript", "application/javascript", "application/json", "application/problem+json",
            "image/svg+xml", "application/xml", "text/xml");

    private ContentEncoding() {
    }

    static boolean compressible(String contentType, int length) {
        if (contentType == null || length < MIN_BYTES) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        return COMPRESSIBLE.contains((semicolon < 0 ? type : type.substring(0, semicolon)).trim());
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(body);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("gzip into memory cannot fail", ex);
        }
        return out.toByteArray();
    }

    /** Whether the request's Accept-Encoding accepts gzip. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    }
                    catch (NumberFormatException ex) {
                        q = 0;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = q;
            }
            else if (coding.equals("*")) {
                any = q;
            }
        }
        return gzip != null ? gzip > 0 : any != null && any > 0;
    }

    /** The ETag of the gzipped answer: a distinct tag per encoding ("…-gzip"), as RFC 9110 asks. */
    static String gzipTag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }
}
