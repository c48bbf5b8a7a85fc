/**
 * Organisations and their members. An organisation owns everything a team shares; every user has a
 * personal one whose id is the user's id. Roles are {@link io.vectort.identity.organization.Role};
 * an organisation always keeps an owner.
 */
@NullMarked
package io.vectort.identity.organization;

import org.jspecify.annotations.NullMarked;
