package io.vectort.providers.http;

import io.vectort.providers.Deployment;
import io.vectort.providers.ProviderException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A 2xx answer being read under the deployment's timeouts. Reading methods throw classified
 * {@link ProviderException}s: {@code TIMEOUT} when the watchdog cut the stream, {@code CONNECTION}
 * when the upstream did. {@link #close()} aborts the exchange if it is not finished, which is how
 * a listener that throws stops the upstream call.
 */
public final class UpstreamResponse implements AutoCloseable {

    /** Error pages can be large (an HTML proxy page): the start holds the message. */
    private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

    private final Deployment deployment;
    private final HttpHeaders headers;
    private final Watchdog watchdog;
    private final InputStream body;
    private final Runnable abort;
    private SseReader events;
    private volatile boolean complete;

    UpstreamResponse(Deployment deployment, HttpHeaders headers, InputStream body, Runnable abort, Watchdog watchdog) {
        this.deployment = deployment;
        this.headers = headers;
        this.watchdog = watchdog;
        this.abort = abort;
        this.body = new FirstByteSignal(body, watchdog);
        watchdog.onExpiry(abort);
    }

    public HttpHeaders headers() {
        return headers;
    }

    /** The whole body as JSON (a non-streamed answer). */
    public JsonNode readJson() {
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
            complete = true;
        } catch (IOException e) {
            throw failure(e);
        }
        if (watchdog.expired()) {
            throw watchdog.timeout();
        }
        return WireJson.parse(deployment, new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * The next Server-Sent Event, or empty when the upstream ended the stream cleanly. Whether a
     * clean end was also a complete answer is the vendor's call (each has its own end marker).
     */
    public Optional<SseEvent> nextEvent() {
        if (events == null) {
            events = new SseReader(body);
        }
        Optional<SseEvent> next;
        try {
            next = events.next();
        } catch (IOException e) {
            throw failure(e);
        }
        if (next.isEmpty() && watchdog.expired()) {
            throw watchdog.timeout();
        }
        if (next.isEmpty()) {
            complete = true;
        }
        return next;
    }

    /** Classifies a stream that ended before the vendor's end marker. */
    public ProviderException endedEarly() {
        return watchdog.expired()
                ? watchdog.timeout()
                : UpstreamClient.connectionLost(
                        deployment, new IOException("stream ended before the answer was complete"));
    }

    String readErrorBody() {
        try {
            return new String(body.readNBytes(MAX_ERROR_BODY_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        watchdog.close();
        closeQuietly();
    }

    private ProviderException failure(IOException e) {
        return watchdog.expired() ? watchdog.timeout() : UpstreamClient.connectionLost(deployment, e);
    }

    /**
     * A fully read answer returns its connection to the pool; anything else (a caller that stopped
     * listening, a failure) aborts the exchange, since reading the rest of a long stream just to
     * reuse the connection would keep the upstream call running.
     */
    private void closeQuietly() {
        if (!complete) {
            abort.run();
        }
        try {
            body.close();
        } catch (IOException ignored) {
            // The exchange is being discarded either way.
        }
    }

    /** Tells the watchdog when the first byte of the body arrives. */
    private static final class FirstByteSignal extends FilterInputStream {

        private final Watchdog watchdog;
        private boolean seen;

        FirstByteSignal(InputStream in, Watchdog watchdog) {
            super(in);
            this.watchdog = watchdog;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            seen(b >= 0 ? 1 : -1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return seen(super.read(b, off, len));
        }

        private int seen(int count) {
            if (count > 0 && !seen) {
                seen = true;
                watchdog.firstByteArrived();
            }
            return count;
        }
    }
}
