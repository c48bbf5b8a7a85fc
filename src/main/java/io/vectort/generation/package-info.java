/**
 * The Builder: projects, generations, the file-operation protocol, immutable versions and their
 * export. It uses the lower modules (identity, jobs, events) and nothing depends on it.
 */
@NullMarked
package io.vectort.generation;

import org.jspecify.annotations.NullMarked;
