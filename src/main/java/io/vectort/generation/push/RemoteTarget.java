package io.vectort.generation.push;

import java.net.URI;
import java.util.Optional;

/**
 * Where the job pushes, once resolved.
 *
 * @param githubRepository {@code owner/name} on GitHub; empty for any other remote
 * @param defaultBranch GitHub's default branch of the repository; empty for any other remote (its
 *     {@code HEAD} decides)
 */
record RemoteTarget(URI url, Optional<String> githubRepository, Optional<String> defaultBranch) {}
