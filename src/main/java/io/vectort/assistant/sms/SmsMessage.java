package io.vectort.assistant.sms;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One text in or out, as stored.
 *
 * @param userId null for a stranger's text and its answer
 * @param providerSid Twilio's MessageSid (or the simulator's); null before an outbound one is handed over
 * @param priceMicros what the provider charged, once known
 * @param remainder what was cut off this reply, for "MORE"
 */
public record SmsMessage(
        UUID id,
        @Nullable UUID userId,
        String direction,
        String kind,
        @Nullable String providerSid,
        @Nullable String reference,
        String fromNumber,
        String toNumber,
        String body,
        int segments,
        String encoding,
        String status,
        @Nullable String errorCode,
        @Nullable Long priceMicros,
        int attempt,
        @Nullable String remainder,
        @Nullable Instant processedAt,
        Instant createdAt) {

    /** Marks a stored incoming text that came with attachments (MMS). */
    static final String MEDIA_MARK = "[media] ";

    /** Whether it came with attachments. */
    public boolean withMedia() {
        return body.startsWith(MEDIA_MARK);
    }

    /** Its words, without the attachment mark. */
    public String words() {
        return withMedia() ? body.substring(MEDIA_MARK.length()) : body;
    }

    public boolean inbound() {
        return direction.equals("inbound");
    }
}
