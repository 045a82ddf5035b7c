package com.llmcompare.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;


/**
 * The connector's settings: {@link HeadDeadlineProtocol} with {@code llmcompare.request-head-deadline},
 * and the socket write buffer. Tomcat writes a response body to the socket in chunks of its socket write buffer (8 KB by
 * default), one system call each. Pages here are 40-70 KB and served from memory, so a buffer that
 * holds a whole page sends it in one or two calls
 * ({@code llmcompare.socket-write-buffer}, 64 KB by default).
 */
@Component
class TomcatSocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final long writeBufferBytes;

    private final long requestHeadDeadline;

    TomcatSocketBuffers(SiteProperties properties) {
        this.writeBufferBytes = properties.socketWriteBuffer().toBytes();
        this.requestHeadDeadline = properties.requestHeadDeadline().toMillis();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.setProtocol(HeadDeadlineProtocol.class.getName());
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appWriteBufSize", String.valueOf(writeBufferBytes));
            connector.setProperty("requestHeadDeadline", String.valueOf(requestHeadDeadline));
        });
    }
}
