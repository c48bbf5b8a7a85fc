package io.vectort.generation.push;

/**
 * What a push left on the remote, read back after pushing.
 *
 * @param branch the branch pushed to
 * @param base the branch it started from (the same when it existed)
 * @param commitSha the branch's commit now, the one Vectort made unless {@code unchanged}
 * @param emptyRepository the remote had no branch at all: this was its first commit
 * @param unchanged the branch already held exactly these files: nothing was pushed
 */
record PublishedCommit(String branch, String base, String commitSha, boolean emptyRepository, boolean unchanged) {}
