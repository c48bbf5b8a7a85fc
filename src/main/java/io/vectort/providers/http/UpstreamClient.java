package io.vectort.providers.http;

import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends one provider's requests: opens the exchange under the deployment's timeouts, turns a
 * non-2xx answer into the vendor's classified {@link ProviderException}, and hands a 2xx answer
 * back as an {@link UpstreamResponse} to read. Thread-safe; callers block (virtual threads welcome).
 *
 * <p>Timeouts, all from the {@link Deployment}: connect (the {@link HttpClient}'s own), first token
 * (from sending until the first byte of the body; non-streamed calls pass {@link
 * Deployment#forNonStreamedCall()}, whose first byte is the whole answer, so only the total applies),
 * and total (the whole call, the stream included). The last two are enforced by a {@link Watchdog}.
 *
 *
 * <p>The connect timeout belongs to {@link HttpClient} itself, so there is one client per distinct
 * connect timeout (in practice one or two per provider), each shared by every call that uses it.
 */
public final class UpstreamClient {

    /** The JDK refuses to let callers set these. */
    private static final Set<String> RESTRICTED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade");

    private static final ExecutorService CLIENT_EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();

    private final ErrorTranslator errors;
    private final ConcurrentMap<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    public UpstreamClient(ErrorTranslator errors) {
        this.errors = errors;
    }

    /**
     * Sends the request and returns once a 2xx status and headers arrived; the caller reads and
     * closes the body. Every failure is thrown classified.
     */
    public UpstreamResponse send(Deployment deployment, HttpRequest.Builder builder) {
        HttpRequest request = builder.version(
                        "http".equalsIgnoreCase(deployment.baseUrl().getScheme())
                                // No h2c upgrade on plain HTTP: local servers (Ollama, vLLM) rarely speak it.
                                ? HttpClient.Version.HTTP_1_1
                                : HttpClient.Version.HTTP_2)
                .build();
        Watchdog watchdog = Watchdog.start(deployment);
        CompletableFuture<HttpResponse<InputStream>> pending =
                client(deployment.connectTimeout()).sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        watchdog.onExpiry(() -> pending.cancel(true));
        HttpResponse<InputStream> response;
        try {
            response = pending.get();
        } catch (CancellationException e) {
            watchdog.close();
            throw watchdog.expired() ? watchdog.timeout() : connectionLost(deployment, e);
        } catch (ExecutionException e) {
            watchdog.close();
            throw watchdog.expired() ? watchdog.timeout() : failedToSend(deployment, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            watchdog.close();
            throw new ProviderException(ErrorKind.CONNECTION, ErrorMessages.forCaller(deployment, "interrupted"), e);
        }
        UpstreamResponse upstream = new UpstreamResponse(deployment, response, watchdog);
        if (response.statusCode() / 100 != 2) {
            try (upstream) {
                throw errors.translate(
                        deployment,
                        new UpstreamError(response.statusCode(), response.headers(), upstream.readErrorBody()));
            }
        }
        return upstream;
    }

    /** Adds a deployment's extra headers, skipping those the JDK manages itself. */
    public static void addHeaders(HttpRequest.Builder builder, Map<String, String> headers) {
        headers.forEach((name, value) -> {
            if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                builder.setHeader(name, value);
            }
        });
    }

    private HttpClient client(Duration connectTimeout) {
        return clients.computeIfAbsent(
                connectTimeout,
                timeout -> HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .executor(CLIENT_EXECUTOR)
                        .build());
    }

    private static ProviderException failedToSend(Deployment deployment, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof IOException)) {
            root = root.getCause();
        }
        if (root instanceof HttpConnectTimeoutException) {
            return new ProviderException(
                    ErrorKind.TIMEOUT,
                    ErrorMessages.forCaller(deployment, "connect timed out after " + deployment.connectTimeout()),
                    root);
        }
        if (root instanceof HttpTimeoutException) {
            return new ProviderException(ErrorKind.TIMEOUT, ErrorMessages.forCaller(deployment, "timed out"), root);
        }
        if (root instanceof ConnectException) {
            return new ProviderException(
                    ErrorKind.CONNECTION, ErrorMessages.forCaller(deployment, "cannot connect to upstream"), root);
        }
        return connectionLost(deployment, root);
    }

    static ProviderException connectionLost(Deployment deployment, Throwable cause) {
        String detail =
                Optional.ofNullable(cause.getMessage()).orElse(cause.getClass().getSimpleName());
        return new ProviderException(
                ErrorKind.CONNECTION,
                ErrorMessages.forCaller(deployment, "connection to upstream lost: " + detail),
                cause);
    }
}
