package io.vectort.identity.recovery;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks accounts up by email (as sign-in does: case-insensitive, trimmed) or id. */
@Component
class KnownAccounts {

    private final JdbcClient jdbc;

    KnownAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byEmail(String email) {
        return jdbc.sql("select id, email, email_verified_at is not null as verified from users"
                        + " where email_normalized = :norm")
                .param("norm", normalize(email))
                .query(Account.class)
                .optional();
    }

    Optional<Account> byId(UUID id) {
        return jdbc.sql("select id, email, email_verified_at is not null as verified from users where id = :id")
                .param("id", id)
                .query(Account.class)
                .optional();
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    record Account(UUID id, String email, boolean verified) {}
}
