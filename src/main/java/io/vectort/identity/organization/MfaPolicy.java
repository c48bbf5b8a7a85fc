package io.vectort.identity.organization;

import java.util.Locale;
import java.util.Optional;

/**
 * Whose accounts an organisation requires a second factor of before they may act in it. Personal
 * organisations always have {@link #NONE}.
 */
public enum MfaPolicy {
    NONE,
    /** Admins and owners. */
    ADMINS,
    EVERYONE;

    /** Whether a member with this role must have a second factor. */
    public boolean covers(Role role) {
        return switch (this) {
            case NONE -> false;
            case ADMINS -> role.atLeast(Role.ADMIN);
            case EVERYONE -> true;
        };
    }

    /** The lower-case name used in the API and the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MfaPolicy> parse(String value) {
        for (MfaPolicy policy : values()) {
            if (policy.wireName().equals(value)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
