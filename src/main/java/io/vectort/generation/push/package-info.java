/**
 * Pushing a version to a Git remote: GitHub (an existing repository, a new one, or a branch with a
 * pull request) or any host by HTTPS URL. A push is a durable job that fetches the remote branch,
 * commits the version's files on top of it (history kept, the tree exactly the version's files),
 * pushes with the expected old value, then reads the ref back: never a silent success. Every remote
 * goes through the outbound policy, checked again when JGit opens each connection. Failures carry a
 * stable code and words a person can act on ({@link io.vectort.generation.push.PushFailure}).
 */
@NullMarked
package io.vectort.generation.push;

import org.jspecify.annotations.NullMarked;
