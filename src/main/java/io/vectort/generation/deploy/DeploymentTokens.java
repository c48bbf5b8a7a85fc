package io.vectort.generation.deploy;

import io.vectort.database.InstanceSettings;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The token a deployment uses: the one its request brought (kept sealed under the master key
 * only while the deployment runs), else the organisation's from {@link HostCredentials}.
 */
@Component
class DeploymentTokens {

    private final InstanceSettings settings;
    private final HostCredentials credentials;
    private final DeploymentRepository deployments;

    DeploymentTokens(InstanceSettings settings, HostCredentials credentials, DeploymentRepository deployments) {
        this.settings = settings;
        this.credentials = credentials;
        this.deployments = deployments;
    }

    String seal(UUID deploymentId, String token) {
        return settings.seal(context(deploymentId), token);
    }

    Optional<String> token(Deployment deployment) {
        Optional<String> given = deployments.sealedToken(deployment.id());
        if (given.isPresent()) {
            return Optional.of(settings.open(context(deployment.id()), given.get()));
        }
        return credentials.token(deployment.orgId(), deployment.platform());
    }

    boolean available(UUID orgId, Platform platform) {
        return credentials.token(orgId, platform).isPresent();
    }

    private static String context(UUID deploymentId) {
        return "deployment-token:" + deploymentId;
    }
}
