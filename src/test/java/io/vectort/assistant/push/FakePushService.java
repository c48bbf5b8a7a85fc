package io.vectort.assistant.push;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A push service (RFC 8030) on 127.0.0.1: it accepts {@code POST /push/<browser>} and records each
 * request's headers and body. Answers are 201 unless a test scripted others for a browser.
 */
final class FakePushService implements AutoCloseable {

    record Received(String browser, Map<String, List<String>> headers, byte[] body, int answered) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse("");
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Integer>> scripted = new ConcurrentHashMap<>();

    FakePushService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/push/", exchange -> {
            String browser = exchange.getRequestURI().getPath().substring("/push/".length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            Queue<Integer> answers = scripted.get(browser);
            Integer scriptedStatus = answers == null ? null : answers.poll();
            int status = scriptedStatus == null ? 201 : scriptedStatus;
            received.add(new Received(browser, Map.copyOf(exchange.getRequestHeaders()), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String endpoint(String browser) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + browser;
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next answers to {@code browser}'s pushes, then 201 again. */
    void answer(String browser, Integer... statuses) {
        scripted.computeIfAbsent(browser, b -> new ArrayDeque<>()).addAll(List.of(statuses));
    }

    List<Received> received(String browser) {
        return received.stream().filter(r -> r.browser().equals(browser)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
