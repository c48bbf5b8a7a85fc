/**
 * GitHub's REST API as the Builder needs it: who a token is and what it may do, a repository's
 * clone URL, creating a repository, opening a pull request. Every error GitHub answers becomes a
 * {@link io.vectort.generation.github.GitHubException} with a stable code a person can act on.
 */
@NullMarked
package io.vectort.generation.github;

import org.jspecify.annotations.NullMarked;
