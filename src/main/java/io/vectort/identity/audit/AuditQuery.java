package io.vectort.identity.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * A filter over one organisation's log. {@code actor} matches the actor's user id or email; {@code
 * action} matches an action exactly or, ending in a dot ({@code member.}), every action under it.
 */
public record AuditQuery(
        Optional<String> actor,
        Optional<String> action,
        Optional<Instant> from,
        Optional<Instant> to,
        int page,
        int size) {

    public static final int MAX_SIZE = 200;
}
