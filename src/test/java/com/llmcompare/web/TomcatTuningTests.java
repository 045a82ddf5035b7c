package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The connector settings the load benchmark relies on reach the running Tomcat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TomcatTuningTests {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void aWholePageFitsTheSocketWriteBuffer() {
        assertThat(connector().getProperty("socket.appWriteBufSize")).hasToString(String.valueOf(64 * 1024));
    }

    @Test
    void keepAliveConnectionsServeManyRequestsAndTheirNumberIsBounded() {
        Http11NioProtocol protocol = (Http11NioProtocol) connector().getProtocolHandler();
        assertThat(protocol.getMaxKeepAliveRequests()).isEqualTo(1000);
        assertThat(protocol.getMaxConnections()).isEqualTo(1024);
        assertThat(protocol.getConnectionTimeout()).isEqualTo(10_000);
        assertThat(protocol.getKeepAliveTimeout()).isEqualTo(10_000);
    }

    @Test
    void aRequestHeadHasADeadline() {
        // 10 s by default; the tests set 2 s (src/test/resources/config/application.properties)
        assertThat(connector().getProtocolHandler()).isInstanceOf(HeadDeadlineProtocol.class);
        assertThat(((HeadDeadlineProtocol) connector().getProtocolHandler()).getRequestHeadDeadline()).isEqualTo(2_000);
    }

    private Connector connector() {
        return ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
    }
}
