package io.vectort.generation.verify;

import java.time.Duration;

/**
 * How one check went.
 *
 * @param passed whether the install and the check both succeeded
 * @param log the end of their output, as the user needs it to see why
 * @param duration from start to end, install included
 * @param summary one line on what failed, empty when it passed
 * @param inconclusive the install could not reach the registry: the outcome says nothing about
 *     the version
 */
record BuildOutcome(boolean passed, String log, Duration duration, String summary, boolean inconclusive) {}
