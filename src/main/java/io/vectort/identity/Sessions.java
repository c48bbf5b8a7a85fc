package io.vectort.identity;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a session: one sign-in on one device, made of short-lived access tokens and a family
 * of rotating refresh tokens. Signing in goes through {@link SignIns}, which calls {@link #start}
 * once every factor is proven.
 */
@Service
public class Sessions {

    /** How long a sign-in, password or second factor counts as "just now" for sensitive changes. */
    public static final Duration RECENT = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Clock clock = Clock.systemUTC();

    Sessions(JdbcClient jdbc, UserAccounts accounts, AccessTokens accessTokens, RefreshTokens refreshTokens) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
    }

    /** Opens a session for a user whose every factor was just proven. */
    @Transactional
    public TokenPair start(AuthenticatedUser user, SignInContext context, boolean secondFactor) {
        UUID sessionId = Ids.newId();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into sessions (id, user_id, method, user_agent, client_address, created_at,
                                              last_used_at, authenticated_at, second_factor_at)
                        values (:id, :user, :method, :agent, :address, :now, :now, :now, :second)""")
                .param("id", sessionId)
                .param("user", user.id())
                .param("method", context.method())
                .param("agent", context.userAgent())
                .param("address", context.clientAddress())
                .param("now", now)
                .param("second", secondFactor ? now : null)
                .update();
        return TokenPair.bearer(
                accessTokens.issue(user, sessionId),
                refreshTokens.issue(user.id(), sessionId),
                accessTokens.ttlSeconds());
    }

    /**
     * Rotates the refresh token. One transaction that locks the session first: a second refresh
     * with the same token waits for the first to commit, then sees the token rotated and revokes
     * the session — including the token the first one just issued. The revocation is kept although
     * the call fails ({@code noRollbackFor}).
     */
    @Transactional(noRollbackFor = DomainException.class)
    public TokenPair refresh(String refreshToken, SignInContext context) {
        RefreshTokens.Rotated rotated = refreshTokens.consume(refreshToken);
        jdbc.sql("""
                        update sessions set last_used_at = now(), client_address = coalesce(:address, client_address),
                                            user_agent = coalesce(:agent, user_agent)
                        where id = :id""")
                .param("id", rotated.sessionId())
                .param("address", context.clientAddress())
                .param("agent", context.userAgent())
                .update();
        AuthenticatedUser user = accounts.find(rotated.userId())
                .orElseThrow(() -> new DomainException(
                        ErrorCategory.UNAUTHENTICATED, "invalid-refresh-token", "The account no longer exists"));
        return TokenPair.bearer(
                accessTokens.issue(user, rotated.sessionId()),
                refreshTokens.issue(user.id(), rotated.sessionId()),
                accessTokens.ttlSeconds());
    }

    @Transactional
    public void logout(String refreshToken) {
        refreshTokens.sessionOf(refreshToken).ifPresent(this::revoke);
    }

    /** Ends a session: its refresh tokens stop working at once, its access tokens within seconds. */
    @Transactional
    public void revoke(UUID sessionId) {
        refreshTokens.endSession(sessionId);
    }

    /** Whether the user proved their presence in this session within {@link #RECENT}. */
    public boolean recentlyAuthenticated(UUID sessionId, UUID userId) {
        return jdbc.sql("""
                        select count(*) from sessions
                        where id = :id and user_id = :user and revoked_at is null and authenticated_at > :since""")
                        .param("id", sessionId)
                        .param("user", userId)
                        .param("since", Timestamp.from(clock.instant().minus(RECENT)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records a fresh proof of presence (password or second factor) in this session. */
    @Transactional
    public void reauthenticated(UUID sessionId, UUID userId, boolean secondFactor) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        update sessions set authenticated_at = :now,
                                            second_factor_at = case when :second then :now else second_factor_at end
                        where id = :id and user_id = :user and revoked_at is null""")
                .param("id", sessionId)
                .param("user", userId)
                .param("now", Timestamp.from(now))
                .param("second", secondFactor)
                .update();
        if (updated == 0) {
            throw new DomainException(ErrorCategory.UNAUTHENTICATED, "session-ended", "This session has ended");
        }
    }
}
