/**
 * The generation protocol (docs/PROTOCOL.md): an incremental parser that stages file operations
 * and refuses unsafe output, a writer that produces the format, and the rules that apply staged
 * operations to a project's files. Pure Java, no I/O.
 */
@NullMarked
package io.vectort.generation.protocol;

import org.jspecify.annotations.NullMarked;
