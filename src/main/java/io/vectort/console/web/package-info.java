/**
 * The console's HTTP API under {@code /api/v1/admin}: for platform admins only; everyone else gets
 * 404, as for a route that does not exist, so the console is not revealed.
 */
@NullMarked
package io.vectort.console.web;

import org.jspecify.annotations.NullMarked;
