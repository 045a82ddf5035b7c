package com.llmcompare.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's answer to requests it rejects before the application sees them (a malformed path,
 * an encoded NUL): a short page with the same security headers, no server name or version.
 */
public class PlainErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        if (status == 501 && "CONNECT".equals(request.getMethod())) {
            // CONNECT is a method like any other this read-only site does not answer
            status = 405;
            response.setStatus(status);
            response.setHeader("Allow", "GET, HEAD");
        }
        try {
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            SecurityHeadersFilter.HEADERS.forEach(response::setHeader);
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ErrorBodies.page("Error", "That request cannot be answered", status == 400
                        ? "The address is malformed: check it for a stray '%' or characters that are not allowed in "
                                + "a URL, or the request's headers are too long."
                        : status == 405 ? "This site answers GET and HEAD only." : "Status " + status + "."));
            }
        }
        catch (IOException | IllegalStateException ex) {
            // the client went away or the response was committed meanwhile: nothing left to send
        }
    }
}
