package io.vectort.generation.deploy;

import java.util.Optional;

/**
 * A request to deploy a version.
 *
 * @param platform {@code vercel}, {@code netlify} or {@code render}
 * @param token the host's token for this deployment only; else the organisation's
 * @param siteName the site's name on the host; else one made from the project's name
 * @param repository the project's Git repository (https), which Render builds from
 * @param branch the repository's branch, {@code main} when absent
 */
public record DeployCommand(
        Optional<String> platform,
        Optional<String> token,
        Optional<String> siteName,
        Optional<String> repository,
        Optional<String> branch) {}
