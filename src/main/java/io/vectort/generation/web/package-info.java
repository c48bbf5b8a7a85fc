/** HTTP endpoints of the Builder under {@code /api/v1}: catalog, projects, generations, versions. */
@NullMarked
package io.vectort.generation.web;

import org.jspecify.annotations.NullMarked;
