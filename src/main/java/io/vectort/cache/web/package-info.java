/**
 * HTTP endpoints of the response cache under {@code /api/v1/cache}: the signed-in scope's
 * statistics, its similar-prompt settings, and clearing its entries.
 */
@NullMarked
package io.vectort.cache.web;

import org.jspecify.annotations.NullMarked;
