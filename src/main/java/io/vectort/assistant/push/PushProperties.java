package io.vectort.assistant.push;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Web push settings, prefix {@code vectort.assistant.push}.
 *
 * @param enabled without it, no push is sent and the public key answers 404 (the web app then
 *     offers no push)
 * @param vapidPublicKey the VAPID public key ({@code VECTORT_VAPID_PUBLIC_KEY}, base64url of the
 *     65-byte uncompressed P-256 point); derived from the private key when empty
 * @param vapidPrivateKey the VAPID private key ({@code VECTORT_VAPID_PRIVATE_KEY}, base64url of the
 *     32-byte scalar as {@code web-push generate-vapid-keys} prints it, or a PKCS#8 PEM); empty: a
 *     key pair is generated once and kept in the database, encrypted under the master key
 * @param vapidSubject who the push services may contact ({@code VECTORT_VAPID_SUBJECT}, {@code
 *     mailto:} or {@code https:}); empty: {@code mailto:} the instance's mail From or first admin,
 *     else the public URL
 * @param ttl how long a push service keeps a nudge for a browser that is offline: a reminder an hour
 *     late is still worth showing, one a day late is not
 * @param maxSubscriptionsPerUser browsers one user may subscribe
 * @param timeout connect and answer timeout of a call to a push service
 */
@Validated
@ConfigurationProperties("vectort.assistant.push")
public record PushProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("") String vapidPublicKey,
        @DefaultValue("") String vapidPrivateKey,
        @DefaultValue("") String vapidSubject,
        @DefaultValue("1h") Duration ttl,
        @DefaultValue("10") @Min(1) @Max(100) int maxSubscriptionsPerUser,
        @DefaultValue("10s") Duration timeout) {

    public PushProperties {
        vapidPublicKey = vapidPublicKey.strip();
        vapidPrivateKey = vapidPrivateKey.strip();
        vapidSubject = vapidSubject.strip();
        if (!vapidSubject.isEmpty() && !vapidSubject.startsWith("mailto:") && !vapidSubject.startsWith("https://")) {
            throw new IllegalArgumentException(
                    "vectort.assistant.push.vapid-subject (VECTORT_VAPID_SUBJECT) must be a mailto: or https: URL,"
                            + " like mailto:admin@example.com");
        }
        if (!vapidPublicKey.isEmpty() && vapidPrivateKey.isEmpty()) {
            throw new IllegalArgumentException(
                    "VECTORT_VAPID_PUBLIC_KEY is set without VECTORT_VAPID_PRIVATE_KEY: set both, or neither to let"
                            + " Vectort generate a key pair");
        }
        if (ttl.isNegative() || ttl.compareTo(Duration.ofDays(28)) > 0) {
            throw new IllegalArgumentException("vectort.assistant.push.ttl must be between 0 and 28 days, e.g. 1h");
        }
        if (!timeout.isPositive()) {
            throw new IllegalArgumentException("vectort.assistant.push.timeout must be positive, e.g. 10s");
        }
    }
}
