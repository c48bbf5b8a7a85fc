package io.vectort.assistant.push;

import io.micrometer.core.instrument.MeterRegistry;
import io.vectort.shared.net.GuardedDnsResolver;
import io.vectort.shared.net.OutboundPolicy;
import io.vectort.shared.net.RefusedDestinationException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one push to one subscription and classifies the push service's answer. Connections go only
 * to addresses the {@link OutboundPolicy} checked (no proxy, no redirects), and nothing secret is
 * logged: a subscription is named by its id and push service host, never its endpoint's token.
 */
@Component
class PushSender {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);
    private static final Set<String> CLIENT_HEADERS = Set.of("content-length", "content-type", "host");

    /** What became of a push. */
    enum Outcome {
        /** The push service accepted it (2xx). */
        SENT,
        /** 404/410: the browser unsubscribed or the subscription expired; it never comes back. */
        GONE,
        /** 429, 5xx or no answer: worth trying again later. */
        RETRY,
        /** Any other 4xx, or a destination the policy now refuses: trying again would fail again. */
        REJECTED
    }

    record Result(Outcome outcome, int status) {}

    private final VapidKeyStore keys;
    private final OutboundPolicy outbound;
    private final PushProperties properties;
    private final CloseableHttpClient client;
    private final MeterRegistry registry;

    PushSender(VapidKeyStore keys, OutboundPolicy outbound, PushProperties properties, MeterRegistry registry) {
        this.keys = keys;
        this.outbound = outbound;
        this.properties = properties;
        this.registry = registry;
        Timeout timeout = Timeout.of(properties.timeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDnsResolver(outbound))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(
                        RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries() // the job engine retries, with backoff
                .setUserAgent("Vectort")
                .build();
    }

    Result send(PushSubscription subscription, byte[] payload, @Nullable String topic) {
        Result result = attempt(subscription, payload, topic);
        String status = switch (result.outcome()) {
            case SENT -> "sent";
            case GONE -> "gone";
            case RETRY, REJECTED -> "failed";
        };
        registry.counter("vectort.assistant.push", "status", status).increment();
        return result;
    }

    private Result attempt(PushSubscription subscription, byte[] payload, @Nullable String topic) {
        WebPushRequests.Request request;
        try {
            outbound.check(URI.create(subscription.endpoint()));
            request = new WebPushRequests(keys.keys(), keys.subject())
                    .build(subscription, payload, properties.ttl(), topic);
        } catch (RefusedDestinationException e) {
            log.warn("Push to {} refused by the outbound policy: {}", subscription, e.reason());
            return new Result(Outcome.REJECTED, 0);
        } catch (GeneralSecurityException e) {
            log.warn("Cannot encrypt a push for {}: {}", subscription, e.toString());
            return new Result(Outcome.REJECTED, 0);
        }
        HttpPost post = new HttpPost(request.url());
        request.headers().forEach((name, value) -> {
            if (!CLIENT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                post.setHeader(name, value);
            }
        });
        post.setEntity(new ByteArrayEntity(request.body(), ContentType.APPLICATION_OCTET_STREAM));
        int status;
        try {
            status = client.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
        } catch (RefusedDestinationException e) {
            log.warn("Push to {} refused by the outbound policy: {}", subscription, e.reason());
            return new Result(Outcome.REJECTED, 0);
        } catch (IOException e) {
            log.info(
                    "Push to {} failed, will retry: {}",
                    subscription,
                    e.getClass().getSimpleName());
            return new Result(Outcome.RETRY, 0);
        }
        return new Result(classify(status, subscription), status);
    }

    private static Outcome classify(int status, PushSubscription subscription) {
        if (status >= 200 && status < 300) {
            return Outcome.SENT;
        }
        if (status == 404 || status == 410) {
            return Outcome.GONE;
        }
        if (status == 429 || status >= 500) {
            log.info("Push service answered {} for {}, will retry", status, subscription);
            return Outcome.RETRY;
        }
        // 400 (bad VAPID or payload), 401/403 (a key mismatch), 413: a retry would fail the same way.
        log.warn("Push service answered {} for {}; not retried", status, subscription);
        return Outcome.REJECTED;
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }
}
