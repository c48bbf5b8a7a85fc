package io.vectort.assistant.sms;

import io.vectort.shared.PublicUrl;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The URLs Twilio calls, under {@code VECTORT_PUBLIC_URL}: where a request really arrives behind a
 * proxy differs from the URL Twilio signed, so signatures are checked against these.
 */
@Component
public class SmsCallbacks {

    public static final String INBOUND_PATH = "/api/v1/sms/twilio/inbound";
    public static final String STATUS_PATH = "/api/v1/sms/twilio/status";

    private final PublicUrl publicUrl;

    SmsCallbacks(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** Where Twilio reports delivery; null without a public URL (Twilio could not reach us). */
    @Nullable
    String statusUrl() {
        return publicUrl.base().map(base -> base + STATUS_PATH).orElse(null);
    }

    /** Where Twilio posts a dedicated number's incoming texts. */
    Optional<String> inboundUrl() {
        return publicUrl.base().map(base -> base + INBOUND_PATH);
    }

    /** The URL Twilio signed for a request that arrived at {@code path}, if a public URL is set. */
    public Optional<String> signedUrl(String path) {
        return publicUrl.base().map(base -> base + path);
    }
}
