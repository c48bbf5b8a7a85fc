/**
 * What each HTTP operation needs, declared on the handler method: {@link
 * io.vectort.identity.access.PublicAccess}, {@link io.vectort.identity.access.UserAccess} or {@link
 * io.vectort.identity.access.OrgAccess} with a role. Every {@code /api} operation must carry exactly
 * one; the application refuses to start otherwise, and the OpenAPI document shows it as {@code
 * x-vectort-access}.
 */
@NullMarked
package io.vectort.identity.access;

import org.jspecify.annotations.NullMarked;
