package io.vectort.generation.deploy;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The operator's tokens ({@code VECTORT_VERCEL_TOKEN}, {@code VECTORT_NETLIFY_TOKEN}, {@code
 * VECTORT_RENDER_API_KEY}), shared by every organisation of the installation.
 */
@Component
class EnvironmentHostCredentials implements HostCredentials {

    private final DeployProperties properties;

    EnvironmentHostCredentials(DeployProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<String> token(UUID organizationId, Platform platform) {
        String token = properties.host(platform).token().strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
