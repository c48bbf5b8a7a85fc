package io.vectort.providers.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process LLM vendor on 127.0.0.1 (a free port) for tests: answers each request with the next
 * enqueued {@link FakeReply}, rendered by the subclass in the vendor's real wire format (real SSE
 * framing, real error bodies), and records every request. Each request is served on its own virtual
 * thread, so slow replies do not hold up others. Close it when done (try-with-resources or
 * {@code @AfterEach}).
 */
public abstract class FakeUpstreamServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<FakeReply> replies = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger clientDisconnects = new AtomicInteger();
    private volatile Optional<FakeReply> always = Optional.empty();

    protected FakeUpstreamServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** The base URL to put in a {@code Deployment} for this vendor. */
    public abstract URI baseUrl();

    /** {@code http://127.0.0.1:<port>}, without any vendor path. */
    public URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Replies to the next requests, in order. */
    public FakeUpstreamServer enqueue(FakeReply... next) {
        replies.addAll(List.of(next));
        return this;
    }

    /** The reply for every request once the queue is empty (load tests, router tests). */
    public FakeUpstreamServer alwaysReply(FakeReply reply) {
        always = Optional.of(reply);
        return this;
    }

    /** Every request received so far, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException(getClass().getSimpleName() + " received no request");
        }
        return requests.getLast();
    }

    /** Forgets queued replies, the standing reply and recorded requests: for fakes shared by tests. */
    public void reset() {
        replies.clear();
        requests.clear();
        always = Optional.empty();
        clientDisconnects.set(0);
    }

    /** How many replies failed because the client closed the connection before the end. */
    public int clientDisconnects() {
        return clientDisconnects.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The vendor's rendering of a reply to a request. */
    protected abstract Answer answer(RecordedRequest request, FakeReply reply);

    /** The vendor's error answer when a test forgot to enqueue one. */
    protected abstract Answer unscripted(RecordedRequest request);

    /** A whole answer: status, headers and body. */
    protected record WholeAnswer(int status, Map<String, String> headers, String body) implements Answer {}

    /**
     * A streamed answer: {@code head} events, then the {@code pieces} of the answer (the unit of
     * {@link FakeReply#inChunks}, delays and disconnects), then {@code tail}; {@code failure} renders
     * the vendor's in-stream error.
     */
    protected record StreamedAnswer(List<String> head, List<String> pieces, List<String> tail, FailureRenderer failure)
            implements Answer {}

    /** What a fake answers. */
    protected sealed interface Answer permits WholeAnswer, StreamedAnswer {}

    /** Renders the vendor's in-stream error event. */
    @FunctionalInterface
    protected interface FailureRenderer {
        String event(int status, String message);
    }

    /** One SSE event with only data. */
    protected static String data(String json) {
        return "data: " + json + "\n\n";
    }

    /** One SSE event with a name. */
    protected static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    private void serve(HttpExchange exchange) throws IOException {
        RecordedRequest request = record(exchange);
        requests.add(request);
        FakeReply reply = Optional.ofNullable(replies.poll()).or(() -> always).orElse(null);
        try {
            if (reply == null) {
                deliver(exchange, FakeReply.text(""), unscripted(request));
            } else {
                deliver(exchange, reply, answer(request, reply));
            }
        } catch (IOException clientWentAway) {
            clientDisconnects.incrementAndGet();
            throw clientWentAway;
        }
    }

    private void deliver(HttpExchange exchange, FakeReply reply, Answer answer) throws IOException {
        pause(reply.headerDelay());
        switch (answer) {
            case WholeAnswer whole -> deliverWhole(exchange, reply, whole);
            case StreamedAnswer streamed -> deliverStream(exchange, reply, streamed);
        }
    }

    private void deliverWhole(HttpExchange exchange, FakeReply reply, WholeAnswer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("content-type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        pause(reply.bodyDelay());
        OutputStream out = exchange.getResponseBody();
        if (reply.disconnectAfter().isPresent()) {
            out.write(body, 0, body.length / 2);
            out.flush();
            throw new DropConnection();
        }
        out.write(body);
        exchange.close();
    }

    private void deliverStream(HttpExchange exchange, FakeReply reply, StreamedAnswer answer) throws IOException {
        exchange.getResponseHeaders().set("content-type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("cache-control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        pause(reply.bodyDelay());
        OutputStream out = exchange.getResponseBody();
        write(out, answer.head());
        for (int i = 0; i <= answer.pieces().size(); i++) {
            int sent = i;
            if (reply.disconnectAfter().orElse(-1) == sent) {
                // The next piece was "on its way" when the connection died.
                pause(reply.chunkDelay());
                throw new DropConnection();
            }
            Optional<FakeReply.StreamFailure> failure = reply.streamFailure().filter(f -> f.afterChunks() == sent);
            if (failure.isPresent()) {
                write(
                        out,
                        List.of(answer.failure()
                                .event(failure.get().status(), failure.get().message())));
                exchange.close();
                return;
            }
            if (i < answer.pieces().size()) {
                pause(reply.chunkDelay());
                write(out, List.of(answer.pieces().get(i)));
            }
        }
        write(out, answer.tail());
        exchange.close();
    }

    private static void write(OutputStream out, List<String> events) throws IOException {
        for (String event : events) {
            out.write(event.getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = exchange.getRequestURI();
        return new RecordedRequest(
                exchange.getRequestMethod(),
                uri.getPath(),
                Optional.ofNullable(uri.getRawQuery()).orElse(""),
                headers,
                body);
    }

    private static void pause(Duration delay) {
        if (delay.isPositive()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DropConnection();
            }
        }
    }

    /**
     * Thrown out of the handler: the JDK server then closes the socket without ending the HTTP body,
     * which is what a crashed upstream or a cut network looks like to the client.
     */
    private static final class DropConnection extends RuntimeException {
        DropConnection() {
            super("fake upstream drops the connection", null, false, false);
        }
    }
}
