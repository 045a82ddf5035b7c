package com.llmcompare.web;

import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * {@code OPTIONS *} (a question about the server, not a page) is answered by Tomcat before any filter or
 * valve runs: this gives that answer the site's security headers too. Every other request passes
 * through untouched.
 */
final class AsteriskOptionsAdapter implements Adapter {

    private final Adapter next;

    AsteriskOptionsAdapter(Adapter next) {
        this.next = next;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if ("*".equals(request.requestURI().toString())) {
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            SecurityHeadersFilter.HEADERS.forEach(response::setHeader);
        }
        next.service(request, response);
    }

    @Override
    public boolean prepare(Request request, Response response) throws Exception {
        return next.prepare(request, response);
    }

    @Override
    public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
        return next.asyncDispatch(request, response, status);
    }

    @Override
    public void log(Request request, Response response, long time) {
        next.log(request, response, time);
    }

    @Override
    public void checkRecycled(Request request, Response response) {
        next.checkRecycled(request, response);
    }

    @Override
    public String getDomain() {
        return next.getDomain();
    }
}
