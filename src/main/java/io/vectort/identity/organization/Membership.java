package io.vectort.identity.organization;

import java.util.UUID;

/**
 * The caller acting in one organisation, with the role they hold there: what org-scoped controllers
 * take instead of the bare user. Resolved and role-checked on every request, so a removed member
 * loses access at once. {@code mfaPolicy} comes with it (same query) because every request checks it.
 */
public record Membership(UUID orgId, boolean personal, UUID userId, String email, Role role, MfaPolicy mfaPolicy) {

    public Membership(UUID orgId, boolean personal, UUID userId, String email, Role role) {
        this(orgId, personal, userId, email, role, MfaPolicy.NONE);
    }

    public boolean can(Role required) {
        return role.atLeast(required);
    }
}
