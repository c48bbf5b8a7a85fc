package io.vectort.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests the fake Twilio makes to the application: inbound messages (answered synchronously)
 * and status callbacks (one background thread, so they arrive in the order Twilio would send them).
 * Every request is signed over the URL as configured and sent to where the test server listens (see
 * {@link FakeTwilio#deliverVia}).
 */
final class FakeTwilioWebhooks {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final String authToken;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> localBases = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("fake-twilio-callbacks").factory());
    private final AtomicInteger unfinished = new AtomicInteger();
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;

    FakeTwilioWebhooks(String authToken) {
        this.authToken = authToken;
    }

    void deliverVia(String publicBase, String localBase) {
        localBases.put(publicBase, localBase);
    }

    /** Signs {@code params} for {@code url} and sends them with {@code method}, as Twilio does. */
    FakeTwilio.WebhookResponse send(String url, String method, Map<String, String> params) {
        boolean get = method.equals("GET");
        String signedUrl = get ? withQuery(url, params) : url;
        String signature = FakeTwilio.signature(authToken, signedUrl, get ? Map.of() : params);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(local(signedUrl)))
                .timeout(TIMEOUT)
                .header("X-Twilio-Signature", signature)
                .header("User-Agent", "TwilioProxy/1.1");
        if (get) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(FakeTwilioWire.encode(params)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            return new FakeTwilio.WebhookResponse(response.statusCode(), contentType, response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Twilio could not reach " + local(signedUrl) + " (" + url + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + url, e);
        }
    }

    /** Runs {@code step} on the callback thread after the steps before it, unless callbacks are held. */
    synchronized void later(Runnable step) {
        unfinished.incrementAndGet();
        if (holding) {
            held.add(step);
        } else {
            submit(step);
        }
    }

    synchronized void hold(boolean hold) {
        holding = hold;
        if (!hold) {
            release();
        }
    }

    synchronized void release() {
        held.forEach(this::submit);
        held.clear();
    }

    /** Waits until every step not held has run; false if that took longer than {@code timeout}. */
    boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unfinished.get() > heldCount()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Forgets held steps and stops holding; where webhooks are delivered stays as set. */
    synchronized void reset() {
        unfinished.addAndGet(-held.size());
        held.clear();
        holding = false;
    }

    private synchronized int heldCount() {
        return held.size();
    }

    private void submit(Runnable step) {
        sender.execute(() -> {
            try {
                step.run();
            } finally {
                unfinished.decrementAndGet();
            }
        });
    }

    private String local(String url) {
        return localBases.entrySet().stream()
                .filter(e -> url.startsWith(e.getKey()))
                .findFirst()
                .map(e -> e.getValue() + url.substring(e.getKey().length()))
                .orElse(url);
    }

    private static String withQuery(String url, Map<String, String> params) {
        return url + (url.contains("?") ? "&" : "?") + FakeTwilioWire.encode(params);
    }
}
