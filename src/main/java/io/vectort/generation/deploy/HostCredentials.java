package io.vectort.generation.deploy;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a host's token comes from when the request carries none: the operator's environment today,
 * an organisation's saved connection later (that lookup is chained in front of this one).
 */
public interface HostCredentials {

    Optional<String> token(UUID organizationId, Platform platform);
}
