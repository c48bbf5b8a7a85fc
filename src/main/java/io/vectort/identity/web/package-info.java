/** HTTP endpoints of the identity module under {@code /api/v1/auth}. */
@NullMarked
package io.vectort.identity.web;

import org.jspecify.annotations.NullMarked;
