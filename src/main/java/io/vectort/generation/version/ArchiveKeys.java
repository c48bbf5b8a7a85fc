package io.vectort.generation.version;

import java.util.UUID;

/**
 * Where a project's exports live in the blob store: {@code users/{user}/projects/{project}/} holds
 * everything of one project, so deleting the project deletes one prefix.
 */
final class ArchiveKeys {

    private ArchiveKeys() {}

    static String project(UUID ownerId, UUID projectId) {
        return "users/" + ownerId + "/projects/" + projectId + "/";
    }

    /** Versions are immutable, so this object never changes once written. */
    static String version(UUID ownerId, UUID projectId, int number) {
        return project(ownerId, projectId) + "versions/v" + number + ".zip";
    }

    /** A copy of the newest exported version, for links that should always mean "the latest". */
    static String latest(UUID ownerId, UUID projectId) {
        return project(ownerId, projectId) + "versions/latest.zip";
    }
}
