package io.vectort.generation.run;

import java.util.Map;

/**
 * Published inside the transaction that commits a generation's version, to whoever must act on a
 * new version in that same transaction (build verification enqueues its check there, so a check
 * exists exactly when the version does).
 *
 * @param generation the generation, as it was when it ran
 * @param version the number of the version it made
 * @param files that version's files, path to content
 */
public record VersionGenerated(Generation generation, int version, Map<String, String> files) {}
