/** Models that run inside Vectort: the bundled embedding model, fully offline. */
@NullMarked
package io.vectort.providers.local;

import org.jspecify.annotations.NullMarked;
