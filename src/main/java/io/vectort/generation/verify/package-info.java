/**
 * Verified builds: after a generation, a version of a project that builds is installed and built
 * in a sandbox (bounded CPU, memory, time and disk; no network while the project's own code runs;
 * Vectort's files and secrets out of sight), the outcome is kept per version, and a failed build
 * of an AI generation starts up to two automatic fix rounds, charged to no one.
 */
@NullMarked
package io.vectort.generation.verify;

import org.jspecify.annotations.NullMarked;
