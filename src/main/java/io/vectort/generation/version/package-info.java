/**
 * Immutable project versions and their files. Contents are stored once per project by SHA-256 and
 * shared between versions, so a follow-up that changes one file stores one file.
 */
@NullMarked
package io.vectort.generation.version;

import org.jspecify.annotations.NullMarked;
