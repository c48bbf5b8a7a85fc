package io.vectort.assistant.push;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import nl.martijndwars.webpush.AbstractPushService;
import nl.martijndwars.webpush.Encoding;
import nl.martijndwars.webpush.HttpRequest;
import nl.martijndwars.webpush.Notification;
import nl.martijndwars.webpush.Urgency;
import nl.martijndwars.webpush.Utils;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.jose4j.lang.JoseException;
import org.jspecify.annotations.Nullable;

/**
 * Builds a push request with the web-push library: the payload encrypted for the browser
 * ({@code aes128gcm}, RFC 8291) and the VAPID {@code Authorization: vapid t=…, k=…} header (RFC
 * 8292). Only the request is built here; {@link PushSender} sends it through the outbound guard.
 */
final class WebPushRequests extends AbstractPushService<WebPushRequests> {

    /** The URL, headers and body of one push. */
    record Request(String url, Map<String, String> headers, byte[] body) {}

    WebPushRequests(VapidKeys keys, String subject) {
        super(keys.pair(), subject);
    }

    Request build(PushSubscription subscription, byte[] payload, Duration ttl, @Nullable String topic)
            throws GeneralSecurityException {
        try {
            ECPublicKey browserKey = (ECPublicKey) Utils.loadPublicKey(BrowserKeys.decode(subscription.p256dh()));
            Notification notification = new WithPortInOrigin(
                    subscription.endpoint(),
                    browserKey,
                    BrowserKeys.decode(subscription.auth()),
                    payload,
                    (int) ttl.toSeconds(),
                    Urgency.HIGH,
                    topic);
            HttpRequest request = prepareRequest(notification, Encoding.AES128GCM);
            return new Request(request.getUrl(), request.getHeaders(), request.getBody());
        } catch (JoseException e) {
            throw new GeneralSecurityException("Cannot sign the VAPID token", e);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("Cannot build the push request", e);
        }
    }

    /**
     * The library's origin leaves the port out ({@code https://host}); RFC 8292 makes the JWT's
     * {@code aud} the push resource's origin, port included when it is not the scheme's default.
     */
    private static final class WithPortInOrigin extends Notification {

        WithPortInOrigin(
                String endpoint,
                ECPublicKey key,
                byte[] auth,
                byte[] payload,
                int ttl,
                Urgency urgency,
                @Nullable String topic) {
            super(endpoint, key, auth, payload, ttl, urgency, topic);
        }

        @Override
        public String getOrigin() {
            URI uri = URI.create(getEndpoint());
            int port = uri.getPort();
            boolean defaultPort = port < 0
                    || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443)
                    || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80);
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        }
    }
}
