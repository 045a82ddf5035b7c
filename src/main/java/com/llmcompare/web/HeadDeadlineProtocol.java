package com.llmcompare.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Constants;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO HTTP/1.1 protocol with a deadline for the whole request head. Tomcat's own read timeout
 * starts again with every byte, so a client that sends a header line every few seconds could hold a
 * connection for ever, and a thousand such clients held every connection the site allows. Once a
 * second, a connection that has been waiting for {@code requestHeadDeadline} milliseconds without a
 * request being served (a head trickling in, or a kept-alive connection left idle that long) is closed;
 * closing a socket wrapper is idempotent and safe from any thread. Requests being served are never
 * touched.
 */
public class HeadDeadlineProtocol extends Http11NioProtocol {

    private volatile long requestHeadDeadline = 10_000;

    private final Map<SocketWrapperBase<NioChannel>, Waiting> waiting = new ConcurrentHashMap<>();

    private ScheduledFuture<?> reaper;

    /** Set from the connector property of the same name (milliseconds). */
    public void setRequestHeadDeadline(long milliseconds) {
        this.requestHeadDeadline = milliseconds;
    }

    public long getRequestHeadDeadline() {
        return requestHeadDeadline;
    }

    /** {@code OPTIONS *} gets the site's security headers too ({@link AsteriskOptionsAdapter}). */
    @Override
    public void setAdapter(org.apache.coyote.Adapter adapter) {
        super.setAdapter(new AsteriskOptionsAdapter(adapter));
    }

    @Override
    public void start() throws Exception {
        super.start();
        reaper = getUtilityExecutor().scheduleWithFixedDelay(this::closeLateHeads, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() throws Exception {
        if (reaper != null) {
            reaper.cancel(false);
        }
        super.stop();
    }

    /**
     * A connection keeps its processor between reads only while its request is incomplete or being served:
     * outside the serving stages, it is still reading its head (Tomcat leaves the stage of the request
     * before at "ended" until the new head is parsed).
     */
    private static boolean inService(int stage) {
        return stage >= Constants.STAGE_PREPARE && stage <= Constants.STAGE_ENDOUTPUT;
    }

    void closeLateHeads() {
        long now = System.nanoTime();
        long deadline = TimeUnit.MILLISECONDS.toNanos(requestHeadDeadline);
        var connections = getEndpoint().getConnections();
        waiting.keySet().retainAll(connections);
        for (SocketWrapperBase<NioChannel> connection : connections) {
            if (!(connection.getCurrentProcessor() instanceof AbstractProcessor processor)
                    || inService(processor.getRequest().getRequestProcessor().getStage())) {
                waiting.remove(connection);
                continue;
            }
            // no request served on this connection since it was first seen waiting: still the same head
            Waiting seen = waiting.compute(connection, (key, before) -> before != null
                    && before.processor() == processor && before.served() == served(processor) ? before
                            : new Waiting(processor, served(processor), now));
            if (now - seen.since() > deadline) {
                waiting.remove(connection);
                connection.close();
            }
        }
    }

    private static int served(AbstractProcessor processor) {
        return processor.getRequest().getRequestProcessor().getRequestCount();
    }

    /** A connection seen outside the serving stages: its processor, how many requests it had served, since when. */
    private record Waiting(AbstractProcessor processor, int served, long since) {
    }
}
