package com.llmcompare.web;

import org.springframework.http.HttpStatus;

/**
 * The bodies of the error answers written before Spring MVC can render one (Tomcat's own rejections, a
 * method the site does not answer, an over-long address): a problem detail for the API, a bare page with
 * the detail at {@code #problem-detail} for people. The details are the site's own words, never request
 * text, so nothing here needs escaping.
 */
final class ErrorBodies {

    private ErrorBodies() {
    }

    /** RFC 9457 problem detail, titled with the status's reason phrase. */
    static String problemJson(HttpStatus status, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}";
    }

    static String page(String title, String heading, String detail) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>" + title + " — LLM Compare"
                + "</title></head><body><main><h1>" + heading + "</h1><p id=\"problem-detail\">" + detail
                + "</p><p><a href=\"/\">Home</a></p></main></body></html>";
    }
}
