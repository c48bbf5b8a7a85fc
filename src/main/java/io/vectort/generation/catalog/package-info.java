/** The frameworks and application types the Builder offers, published at {@code /api/v1/catalog}. */
@NullMarked
package io.vectort.generation.catalog;

import org.jspecify.annotations.NullMarked;
