package io.vectort.identity.audit;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.organization.Membership;
import java.util.Optional;
import java.util.UUID;

/** Who did something: a user, or Vectort itself (a webhook, a scheduled job). */
public record Actor(Optional<UUID> userId, Optional<String> email) {

    public static final Actor SYSTEM = new Actor(Optional.empty(), Optional.empty());

    public static Actor of(AuthenticatedUser user) {
        return new Actor(Optional.of(user.id()), Optional.of(user.email()));
    }

    public static Actor of(Membership member) {
        return new Actor(Optional.of(member.userId()), Optional.of(member.email()));
    }

    public static Actor of(UUID userId, String email) {
        return new Actor(Optional.of(userId), Optional.of(email));
    }
}
