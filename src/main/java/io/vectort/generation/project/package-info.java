/** Projects: owned containers of versions and generations. Every query is scoped to the owner. */
@NullMarked
package io.vectort.generation.project;

import org.jspecify.annotations.NullMarked;
