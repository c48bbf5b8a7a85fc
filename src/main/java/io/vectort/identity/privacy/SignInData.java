package io.vectort.identity.privacy;

import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the user signs in, in an export: {@code sign-in/sessions.json} (every session still kept, with
 * device and address), {@code sign-in/linked-accounts.json} (providers, as they named the person) and
 * {@code sign-in/two-factor.json} (whether an authenticator is set up and how many recovery codes are
 * left — never the secret or the codes, which are not the person's data but keys to it).
 */
@Component
@Order(1)
class SignInData implements PersonalDataContributor {

    private final JdbcClient jdbc;

    SignInData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "sign-in";
    }

    @Override
    public void write(UUID userId, ExportSink sink) {
        sink.json(
                "sign-in/sessions.json",
                ExportRows.of(jdbc.sql("""
                                select id, method, user_agent, client_address, created_at, last_used_at,
                                       second_factor_at, revoked_at
                                from sessions where user_id = :user order by created_at""").param("user", userId).query().listOfRows()));
        sink.json(
                "sign-in/linked-accounts.json",
                ExportRows.of(jdbc.sql("""
                                select provider, subject, email, email_verified, display_name, created_at, last_used_at
                                from user_identities where user_id = :user order by created_at""").param("user", userId).query().listOfRows()));
        Map<String, Object> twoFactor =
                ExportRows.row(jdbc.sql("""
                        select (select enabled_at from totp_authenticators where user_id = :user) as authenticator_enabled_at,
                               (select count(*) from recovery_codes where user_id = :user and used_at is null)
                                   as recovery_codes_left,
                               (select email_verified_at from users where id = :user) as email_verified_at""").param("user", userId).query().singleRow());
        sink.json("sign-in/two-factor.json", twoFactor);
    }
}
