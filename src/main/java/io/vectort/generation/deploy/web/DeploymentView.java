package io.vectort.generation.deploy.web;

import io.vectort.generation.deploy.Deployment;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A deployment as the API shows it: never its token. */
record DeploymentView(
        UUID id,
        UUID projectId,
        int version,
        String platform,
        String kind,
        String status,
        String siteName,
        @Nullable String url,
        @Nullable String providerId,
        @Nullable String repository,
        @Nullable Problem error,
        @Nullable UUID sourceId,
        @Nullable String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant finishedAt) {

    /** Why a deployment failed: a stable code and the words for people. */
    record Problem(String code, String message) {}

    static DeploymentView from(Deployment d) {
        return new DeploymentView(
                d.id(),
                d.projectId(),
                d.version(),
                d.platform().wireName(),
                d.kind(),
                d.status(),
                d.siteName(),
                d.url().orElse(null),
                d.providerDeploymentId().orElse(null),
                d.repository().orElse(null),
                d.errorCode()
                        .map(code -> new Problem(code, d.errorMessage().orElse("")))
                        .orElse(null),
                d.sourceId().orElse(null),
                d.createdByEmail().orElse(null),
                d.createdAt(),
                d.updatedAt(),
                d.finishedAt().orElse(null));
    }
}
