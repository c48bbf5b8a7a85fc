package io.vectort.generation.deploy;

import java.util.Optional;
import java.util.SortedMap;

/**
 * What a host needs to deploy one version.
 *
 * @param token the host's API token, never logged
 * @param siteName the name of the site (project, service) on the host
 * @param existingSiteId the host's id of the site an earlier deployment of this project used
 * @param files the site's files by path (built output for projects that build), for hosts that
 *     take files; empty for a host that builds from a repository
 * @param repository the project's Git repository, for a host that builds from one
 * @param branch the repository's branch to build
 * @param builds whether the project must be built ({@code npm run build} into {@code dist})
 */
public record DeployRequest(
        String token,
        String siteName,
        Optional<String> existingSiteId,
        SortedMap<String, byte[]> files,
        Optional<String> repository,
        String branch,
        boolean builds) {

    @Override
    public String toString() {
        // Never print the token, whatever logs the request.
        return "DeployRequest[siteName=" + siteName + ", files=" + files.size() + ", repository=" + repository + "]";
    }
}
