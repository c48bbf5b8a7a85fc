package io.vectort.identity.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vectort.identity.privacy.DataExport;
import io.vectort.shared.PublicUrl;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the "Your data" endpoints. */
final class PersonalDataViews {

    private PersonalDataViews() {}

    record DeleteAccount(@Nullable String confirmEmail) {}

    /** {@code downloadUrl} and {@code expiresAt} only while the export is ready. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExportView(
            UUID id,
            String status,
            double progress,
            Instant createdAt,
            @Nullable URI downloadUrl,
            @Nullable Instant expiresAt) {

        static ExportView from(DataExport export, PublicUrl publicUrl) {
            return new ExportView(
                    export.id(),
                    export.status().wireName(),
                    export.progress(),
                    export.createdAt(),
                    // A link of this server comes from VECTORT_PUBLIC_URL (or stays relative), never from Host.
                    export.downloadUrl()
                            .map(url -> publicUrl.link(url.toString()))
                            .orElse(null),
                    export.expiresAt().orElse(null));
        }
    }
}
