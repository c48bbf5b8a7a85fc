package io.vectort.generation.version;

import java.util.UUID;

/**
 * Where a project's exports live in the blob store: {@code users/{user}/projects/{project}/} holds
 * everything of one project, so deleting the project deletes one prefix.
 */
final class ArchiveKeys {

    private ArchiveKeys() {}

    static String project(UUID orgId, UUID projectId) {
        // "users/": archives were keyed by user before organisations; a personal organisation
        // kept its user's id, so the old keys stay valid.
        return "users/" + orgId + "/projects/" + projectId + "/";
    }

    /** Versions are immutable, so this object never changes once written. */
    static String version(UUID orgId, UUID projectId, int number) {
        return project(orgId, projectId) + "versions/v" + number + ".zip";
    }

    /** A copy of the newest exported version, for links that should always mean "the latest". */
    static String latest(UUID orgId, UUID projectId) {
        return project(orgId, projectId) + "versions/latest.zip";
    }
}
