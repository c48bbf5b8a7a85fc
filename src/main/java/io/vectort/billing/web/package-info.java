/** HTTP endpoints of billing under {@code /api/v1/billing} and {@code /api/v1/credits}. */
@NullMarked
package io.vectort.billing.web;

import org.jspecify.annotations.NullMarked;
