package io.vectort.generation.push;

import java.util.Optional;

/**
 * Where a push goes and what it builds on.
 *
 * @param target the branch to push to; empty: {@code base}
 * @param base the branch a new {@code target} starts from; empty: the remote's default branch
 *     ({@code HEAD}), {@code main} when it has none
 * @param toBaseWhenEmpty an empty repository has no base to branch from (and so no pull request):
 *     the first commit then goes to {@code base} itself
 */
record BranchChoice(Optional<String> target, Optional<String> base, boolean toBaseWhenEmpty) {}
