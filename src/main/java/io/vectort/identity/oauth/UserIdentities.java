package io.vectort.identity.oauth;

import io.vectort.shared.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The provider identities linked to accounts ({@code user_identities}). */
@Component
class UserIdentities {

    private final JdbcClient jdbc;

    UserIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> ownerOf(String provider, String subject) {
        return jdbc.sql("select user_id from user_identities where provider = :provider and subject = :subject")
                .param("provider", provider)
                .param("subject", subject)
                .query(UUID.class)
                .optional();
    }

    /**
     * Links the identity to the user.
     *
     * @throws ConflictException {@code identity-in-use} when it belongs to another account,
     *     {@code provider-already-linked} when the user has another account of this provider
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void link(UUID userId, ProviderProfile profile) {
        Optional<UUID> owner = ownerOf(profile.provider(), profile.subject());
        if (owner.isPresent()) {
            if (!owner.get().equals(userId)) {
                throw identityInUse();
            }
            used(profile);
            return;
        }
        boolean providerTaken =
                jdbc.sql("select count(*) from user_identities where user_id = :user and provider = :provider")
                                .param("user", userId)
                                .param("provider", profile.provider())
                                .query(Long.class)
                                .single()
                        > 0;
        if (providerTaken) {
            throw new ConflictException(
                    "provider-already-linked", "Another account of this provider is already linked; unlink it first");
        }
        try {
            jdbc.sql("""
                            insert into user_identities (provider, subject, user_id, email, email_verified, display_name)
                            values (:provider, :subject, :user, :email, :verified, :name)""")
                    .param("provider", profile.provider())
                    .param("subject", profile.subject())
                    .param("user", userId)
                    .param("email", profile.email())
                    .param("verified", profile.emailVerified())
                    .param("name", profile.name())
                    .update();
        } catch (DuplicateKeyException e) {
            // Linked by a parallel request in the meantime (the transaction cannot be queried further).
            throw identityInUse();
        }
    }

    /** A sign-in with a known identity: what the provider says now, and when. */
    void used(ProviderProfile profile) {
        jdbc.sql("""
                        update user_identities set email = coalesce(:email, email), email_verified = :verified,
                               display_name = coalesce(:name, display_name), last_used_at = now()
                        where provider = :provider and subject = :subject""")
                .param("provider", profile.provider())
                .param("subject", profile.subject())
                .param("email", profile.email())
                .param("verified", profile.emailVerified())
                .param("name", profile.name())
                .update();
    }

    List<Linked> of(UUID userId) {
        return jdbc.sql("""
                        select provider, email, created_at, last_used_at from user_identities
                        where user_id = :user order by created_at""")
                .param("user", userId)
                .query((rs, n) -> new Linked(
                        rs.getString("provider"),
                        rs.getString("email"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used_at").toInstant()))
                .list();
    }

    boolean hasPassword(UUID userId) {
        return jdbc.sql("select password_hash is not null from users where id = :user")
                .param("user", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Unlinks the user's identity of this provider, unless it is their last way to sign in. The
     * user's row is locked first, so two unlinks in parallel cannot each leave the other as the last.
     *
     * @return whether there was one to unlink
     */
    @Transactional
    boolean unlink(UUID userId, String provider) {
        boolean hasPassword = jdbc.sql("select password_hash is not null from users where id = :user for update")
                .param("user", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
        List<Linked> linked = of(userId);
        if (linked.stream().noneMatch(identity -> identity.provider().equals(provider))) {
            return false;
        }
        if (!hasPassword && linked.size() <= 1) {
            throw new ConflictException(
                    "last-sign-in-method",
                    "This is your only way to sign in: set a password or link another provider first");
        }
        jdbc.sql("delete from user_identities where user_id = :user and provider = :provider")
                .param("user", userId)
                .param("provider", provider)
                .update();
        return true;
    }

    private static ConflictException identityInUse() {
        return new ConflictException(
                "identity-in-use", "This provider account is already linked to another Vectort account");
    }

    record Linked(String provider, @Nullable String email, Instant linkedAt, Instant lastUsedAt) {}
}
