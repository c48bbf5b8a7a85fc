package io.vectort.generation.version;

import io.vectort.database.InstanceSettings;
import io.vectort.shared.HmacSha256;
import io.vectort.shared.SignedTokens;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring download tokens for exports kept on the filesystem store, the counterpart of an
 * S3 presigned URL: a browser following a link cannot send the bearer token, so the URL carries the
 * proof. The key is generated once and shared by all nodes through the instance settings.
 */
@Component
class ExportTokens {

    private final SignedTokens tokens;

    ExportTokens(InstanceSettings settings) {
        this.tokens = new SignedTokens(settings.getOrCreate("export_signing_key", HmacSha256::newKey));
    }

    String issue(ExportTarget target, Instant expires) {
        return tokens.issue(
                List.of(target.orgId().toString(), target.projectId().toString(), Integer.toString(target.version())),
                expires);
    }

    Optional<ExportTarget> verify(String token, Instant now) {
        try {
            return tokens.verify(token, 3, now)
                    .map(fields -> new ExportTarget(
                            UUID.fromString(fields.get(0)),
                            UUID.fromString(fields.get(1)),
                            Integer.parseInt(fields.get(2))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The one archive a token opens. */
    record ExportTarget(UUID orgId, UUID projectId, int version) {}
}
