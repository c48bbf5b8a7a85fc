package io.vectort.identity.privacy;

import io.vectort.database.InstanceSettings;
import io.vectort.shared.HmacSha256;
import io.vectort.shared.SignedTokens;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring tokens of data export download links, built like the project export's: a
 * browser following the link cannot send the bearer token, so the URL carries the proof. The key
 * is generated once and shared by all nodes through the instance settings; it is a key of its own
 * (not the project export's), so one kind of link can never be turned into the other.
 */
@Component
class DataExportTokens {

    private final SignedTokens tokens;

    DataExportTokens(InstanceSettings settings) {
        this.tokens = new SignedTokens(settings.getOrCreate("data_export_signing_key", HmacSha256::newKey));
    }

    String issue(UUID exportId, UUID userId, Instant expires) {
        return tokens.issue(List.of(exportId.toString(), userId.toString()), expires);
    }

    /** The export a token opens; empty when it is forged, altered or expired. */
    Optional<Target> verify(String token, Instant now) {
        try {
            return tokens.verify(token, 2, now)
                    .map(fields -> new Target(UUID.fromString(fields.get(0)), UUID.fromString(fields.get(1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    record Target(UUID exportId, UUID userId) {}
}
