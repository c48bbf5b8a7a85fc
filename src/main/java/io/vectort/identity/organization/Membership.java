package io.vectort.identity.organization;

import java.util.UUID;

/**
 * The caller acting in one organisation, with the role they hold there: what org-scoped controllers
 * take instead of the bare user. Resolved and role-checked on every request, so a removed member
 * loses access at once. {@code mfaPolicy} and {@code suspended} come with it (same query) because every request checks them.
 */
public record Membership(
        UUID orgId, boolean personal, UUID userId, String email, Role role, MfaPolicy mfaPolicy, boolean suspended) {

    public Membership(UUID orgId, boolean personal, UUID userId, String email, Role role) {
        this(orgId, personal, userId, email, role, MfaPolicy.NONE, false);
    }

    public boolean can(Role required) {
        return role.atLeast(required);
    }
}
