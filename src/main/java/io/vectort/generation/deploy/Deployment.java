package io.vectort.generation.deploy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One deployment of a version to a host.
 *
 * @param kind {@code deploy}, {@code redeploy} or {@code rollback}
 * @param status queued, building (the version is being built here), uploading, deploying (the host
 *     has it), ready or failed
 * @param sourceId the deployment a redeploy or rollback repeats
 */
public record Deployment(
        UUID id,
        UUID orgId,
        UUID projectId,
        int version,
        Platform platform,
        String kind,
        String status,
        String siteName,
        Optional<String> repository,
        String branch,
        Optional<String> providerSiteId,
        Optional<String> providerDeploymentId,
        Optional<String> url,
        Optional<String> errorCode,
        Optional<String> errorMessage,
        String log,
        int step,
        Optional<UUID> sourceId,
        Optional<String> createdByEmail,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> finishedAt) {

    public static final String READY = "ready";
    public static final String FAILED = "failed";

    public boolean finished() {
        return status.equals(READY) || status.equals(FAILED);
    }

    Optional<ProviderDeployment> provider() {
        if (providerSiteId.isEmpty() || providerDeploymentId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProviderDeployment(providerSiteId.get(), providerDeploymentId.get(), url));
    }
}
