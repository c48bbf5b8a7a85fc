package io.vectort.generation.deploy;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a host's token comes from when the request carries none ({@link ConfiguredHostCredentials}:
 * the organisation's connection, then the operator's environment).
 */
public interface HostCredentials {

    Optional<String> token(UUID organizationId, Platform platform);
}
