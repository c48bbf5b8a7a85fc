package io.vectort.generation.push;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One push of a version, as it may be shown (never its token).
 *
 * @param remoteUrl the remote as given, without credentials; empty for a GitHub push
 * @param githubRepository {@code owner/name}, or just {@code name} for a repository to create under
 *     the token's own account
 * @param branch the branch asked for; {@code pushedBranch} the one pushed to
 * @param errorCode a failure's stable code; on a {@code pushed} push, a pull request that could not
 *     be opened
 */
public record Push(
        UUID id,
        UUID orgId,
        UUID projectId,
        int version,
        Optional<String> remoteUrl,
        Optional<String> githubRepository,
        Optional<String> branch,
        boolean pullRequest,
        PushStatus status,
        Optional<String> pushedBranch,
        Optional<String> commitSha,
        Optional<String> pullRequestUrl,
        Optional<String> errorCode,
        Optional<String> errorMessage,
        Instant createdAt,
        Optional<Instant> finishedAt) {}
