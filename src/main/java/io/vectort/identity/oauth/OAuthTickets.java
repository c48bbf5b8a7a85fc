package io.vectort.identity.oauth;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time tickets, stored as hashes, valid ten minutes. A <em>link</em> ticket holds a provider
 * identity whose verified email belongs to an existing account until its owner proves the account;
 * an <em>intent</em> carries a signed-in user across the provider round-trip when they link one
 * more provider (a browser navigation cannot send the bearer token).
 */
@Component
class OAuthTickets {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    OAuthTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issueLink(UUID userId, ProviderProfile profile, String next) {
        return issue("link", userId, profile.provider(), profile, next);
    }

    String issueIntent(UUID userId, String provider) {
        return issue("intent", userId, provider, null, null);
    }

    /** The pending link, without using it up (a wrong password may be corrected). */
    Optional<Link> peekLink(String ticket) {
        return jdbc.sql("""
                        select user_id, provider, subject, email, email_verified, display_name, next_path
                        from oauth_tickets where ticket_hash = :hash and kind = 'link' and expires_at > :now""")
                .param("hash", hash(ticket))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Link(
                        rs.getObject("user_id", UUID.class),
                        new ProviderProfile(
                                rs.getString("provider"),
                                rs.getString("subject"),
                                rs.getString("email"),
                                rs.getBoolean("email_verified"),
                                rs.getString("display_name")),
                        LocalPaths.orDefault(rs.getString("next_path"))))
                .optional();
    }

    /** Uses the ticket up; false when another request already did. */
    boolean consume(String ticket, String kind) {
        return jdbc.sql("delete from oauth_tickets where ticket_hash = :hash and kind = :kind and expires_at > :now")
                        .param("hash", hash(ticket))
                        .param("kind", kind)
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                > 0;
    }

    /** The user an intent belongs to, using it up; empty when it is unknown, used, expired or for another provider. */
    Optional<UUID> consumeIntent(String ticket, String provider) {
        return jdbc.sql("""
                        delete from oauth_tickets
                        where ticket_hash = :hash and kind = 'intent' and provider = :provider and expires_at > :now
                        returning user_id""")
                .param("hash", hash(ticket))
                .param("provider", provider)
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional();
    }

    private String issue(
            String kind, UUID userId, String provider, @Nullable ProviderProfile profile, @Nullable String next) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("delete from oauth_tickets where expires_at < :now")
                .param("now", now)
                .update();
        jdbc.sql("""
                        insert into oauth_tickets (ticket_hash, kind, user_id, provider, subject, email, email_verified,
                                                   display_name, next_path, expires_at)
                        values (:hash, :kind, :user, :provider, :subject, :email, :verified, :name, :next, :expires)""")
                .param("hash", hash(ticket))
                .param("kind", kind)
                .param("user", userId)
                .param("provider", provider)
                .param("subject", profile == null ? null : profile.subject())
                .param("email", profile == null ? null : profile.email())
                .param("verified", profile != null && profile.emailVerified())
                .param("name", profile == null ? null : profile.name())
                .param("next", next)
                .param("expires", Timestamp.from(clock.instant().plus(TTL)))
                .update();
        return ticket;
    }

    private static byte[] hash(String ticket) {
        return SealedRequests.sha256("vectort.oauth.ticket|" + ticket);
    }

    /** A provider identity waiting for its account's owner. */
    record Link(UUID userId, ProviderProfile profile, String next) {}
}
