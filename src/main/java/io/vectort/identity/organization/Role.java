package io.vectort.identity.organization;

import java.util.Locale;
import java.util.Optional;

/** What a member may do in an organisation; each role includes everything below it. */
public enum Role {
    VIEWER,
    MEMBER,
    ADMIN,
    OWNER;

    public boolean atLeast(Role required) {
        return compareTo(required) >= 0;
    }

    /** The lower-case name used in the API and the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String value) {
        for (Role role : values()) {
            if (role.wireName().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
