package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that trickle their request head cannot hold the site's connections: finding 2 of the hostile
 * sweep, on loopback, bounded in count (more than the 1,024 connections Tomcat allows) and in time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlowClientTests {

    private static final int SLOW_CLIENTS = 1_100;

    @LocalServerPort
    int port;

    @Test
    void aNormalClientIsAnsweredWhileMoreSlowClientsThanConnectionsTrickleTheirHeads() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket();
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2_000);
                socket.setSoTimeout(50);
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            int answered = 0;
            long end = System.nanoTime() + Duration.ofSeconds(12).toNanos();
            while (System.nanoTime() < end && answered < 5) {
                trickle(slow);
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + port + "/actuator/health")).timeout(Duration.ofSeconds(3)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        answered++;
                    }
                }
                catch (IOException ex) {
                    // not answered in time: the slow clients still hold the connections
                }
            }
            assertThat(answered).as("health answers while %d slow clients trickle", SLOW_CLIENTS).isEqualTo(5);
            // and the slow clients themselves were cut off
            assertThat(slow.stream().filter(SlowClientTests::closedByServer).count())
                .isGreaterThan(SLOW_CLIENTS / 2);
        }
        finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** One more header line on every slow connection that is still open. */
    private static void trickle(List<Socket> slow) {
        for (Socket socket : slow) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write("X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            catch (IOException ex) {
                // closed by the server
            }
        }
    }

    private static boolean closedByServer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            return in.read() == -1;
        }
        catch (java.net.SocketTimeoutException ex) {
            return false;
        }
        catch (IOException ex) {
            return true;
        }
    }
}
