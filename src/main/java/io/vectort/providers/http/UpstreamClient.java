package io.vectort.providers.http;

import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one provider's requests: opens the exchange under the deployment's timeouts, turns a
 * non-2xx answer into the vendor's classified {@link ProviderException}, and hands a 2xx answer
 * back as an {@link UpstreamResponse} to read. Thread-safe; callers block.
 *
 * <p>Upstream I/O uses blocking sockets from a keep-alive pool (Apache HttpClient, classic API):
 * on virtual threads each call does its own I/O, with no central selector thread to queue behind.
 * Pooled connections idle for two seconds are validated before reuse, so a connection the server
 * has closed is replaced instead of failing the call.
 *
 * <p>Timeouts, all from the {@link Deployment}: connect (the pool's), first token (from sending
 * until the first byte of the body; non-streamed calls pass {@link
 * Deployment#forNonStreamedCall()}, whose first byte is the whole answer, so only the total
 * applies), and total (the whole call, the stream included). The last two are enforced by a
 * {@link Watchdog} that aborts the exchange, which wakes a blocked read.
 */
public final class UpstreamClient {

    /** Managed by the client itself, or meaningless for a request with a byte-array body. */
    private static final Set<String> RESTRICTED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

    private final ErrorTranslator errors;
    private final ConcurrentMap<Duration, CloseableHttpClient> clients = new ConcurrentHashMap<>();

    public UpstreamClient(ErrorTranslator errors) {
        this.errors = errors;
    }

    /**
     * Sends the request and returns once a 2xx status and headers arrived; the caller reads and
     * closes the body. Every failure is thrown classified.
     */
    public UpstreamResponse send(Deployment deployment, UpstreamRequest.Builder builder) {
        UpstreamRequest request = builder.build();
        HttpPost post = new HttpPost(request.uri());
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED_HEADERS.contains(name)) {
                post.setHeader(name, value);
            }
        });
        post.setEntity(new ByteArrayEntity(request.body(), null));
        post.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(deployment.totalTimeout()))
                .build());
        Watchdog watchdog = Watchdog.start(deployment);
        watchdog.onExpiry(post::cancel);
        ClassicHttpResponse response;
        try {
            response = client(deployment.connectTimeout()).executeOpen(null, post, null);
        } catch (IOException e) {
            watchdog.close();
            throw watchdog.expired() ? watchdog.timeout() : failedToSend(deployment, e);
        }
        HttpEntity entity = response.getEntity();
        InputStream body;
        try {
            body = entity == null ? InputStream.nullInputStream() : entity.getContent();
        } catch (IOException e) {
            post.cancel();
            watchdog.close();
            throw watchdog.expired() ? watchdog.timeout() : connectionLost(deployment, e);
        }
        UpstreamResponse upstream = new UpstreamResponse(deployment, headers(response), body, post::cancel, watchdog);
        if (response.getCode() / 100 != 2) {
            try (upstream) {
                throw errors.translate(
                        deployment,
                        new UpstreamError(response.getCode(), upstream.headers(), upstream.readErrorBody()));
            }
        }
        return upstream;
    }

    /** Adds a deployment's extra headers (client-managed ones are skipped when sending). */
    public static void addHeaders(UpstreamRequest.Builder builder, Map<String, String> headers) {
        headers.forEach(builder::header);
    }

    private CloseableHttpClient client(Duration connectTimeout) {
        return clients.computeIfAbsent(connectTimeout, UpstreamClient::newClient);
    }

    private static CloseableHttpClient newClient(Duration connectTimeout) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(4096)
                .setMaxConnPerRoute(2048)
                .setDefaultSocketConfig(
                        SocketConfig.custom().setTcpNoDelay(true).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries() // the router retries, with backoff and fallback
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent("Vectort")
                .build();
    }

    private static HttpHeaders headers(ClassicHttpResponse response) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            byName.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.getValue());
        }
        return HttpHeaders.of(byName, (name, value) -> true);
    }

    private static ProviderException failedToSend(Deployment deployment, IOException cause) {
        if (cause instanceof ConnectTimeoutException) {
            return new ProviderException(
                    ErrorKind.TIMEOUT,
                    ErrorMessages.forCaller(deployment, "connect timed out after " + deployment.connectTimeout()),
                    cause);
        }
        if (cause instanceof SocketTimeoutException) {
            return new ProviderException(ErrorKind.TIMEOUT, ErrorMessages.forCaller(deployment, "timed out"), cause);
        }
        if (cause instanceof ConnectException) {
            return new ProviderException(
                    ErrorKind.CONNECTION, ErrorMessages.forCaller(deployment, "cannot connect to upstream"), cause);
        }
        if (cause instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
            return new ProviderException(
                    ErrorKind.CONNECTION, ErrorMessages.forCaller(deployment, "interrupted"), cause);
        }
        return connectionLost(deployment, cause);
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
