package io.vectort.generation.deploy;

import io.vectort.generation.connections.ConnectionKind;
import io.vectort.generation.connections.Connections;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A host's token when the request carries none: the organisation's own connection (saved in its
 * settings) first, else the operator's ({@code VECTORT_VERCEL_TOKEN}, {@code
 * VECTORT_NETLIFY_TOKEN}, {@code VECTORT_RENDER_API_KEY}), shared by every organisation of the
 * installation.
 */
@Component
class ConfiguredHostCredentials implements HostCredentials {

    private final Connections connections;
    private final DeployProperties properties;

    ConfiguredHostCredentials(Connections connections, DeployProperties properties) {
        this.connections = connections;
        this.properties = properties;
    }

    @Override
    public Optional<String> token(UUID organizationId, Platform platform) {
        return connections.token(organizationId, kind(platform)).or(() -> operators(platform));
    }

    private Optional<String> operators(Platform platform) {
        String token = properties.host(platform).token().strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static ConnectionKind kind(Platform platform) {
        return switch (platform) {
            case VERCEL -> ConnectionKind.VERCEL;
            case NETLIFY -> ConnectionKind.NETLIFY;
            case RENDER -> ConnectionKind.RENDER;
        };
    }
}
