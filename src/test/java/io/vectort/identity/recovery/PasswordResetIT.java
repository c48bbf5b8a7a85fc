package io.vectort.identity.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sign-up, email verification and password reset with VECTORT_EMAIL_VERIFICATION=optional, through
 * a real SMTP server in the test JVM. A context of its own (SMTP, public URL), closed after the class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PasswordResetIT extends IntegrationTest {

    private static final Mailbox MAIL = new Mailbox();
    private static final String ADMIN = "recovery-admin-" + UUID.randomUUID() + "@example.com";
    private static final String NEW_PASSWORD = "granite orbit lantern 42";
    private static boolean adminRegistered;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.register(registry);
        registry.add("vectort.organizations.admin-emails", () -> ADMIN);
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    /** The admin signs up first, so that no other test's account becomes the instance's first (an admin). */
    @BeforeEach
    void adminFirstAndAnEmptyMailbox() {
        if (!adminRegistered) {
            assertThat(register(ADMIN, "admin password for tests").status()).isEqualTo(202);
            MAIL.awaitTo(ADMIN);
            adminRegistered = true;
        }
        MAIL.clear();
    }

    @Test
    void theVerificationEmailConfirmsTheAddressOnce() {
        String email = freshEmail();
        assertThat(register(email, "long enough password").status()).isEqualTo(202);

        MimeMessage mail = MAIL.awaitTo(email);
        assertThat(Mailbox.subject(mail)).isEqualTo("Confirm your email address for Vectort");
        String token = Mailbox.tokenOfLink(mail, "/verify-email");
        assertThat(Mailbox.text(mail)).contains("expires in 48 hours");
        assertThat(Mailbox.html(mail)).contains("href=\"" + Mailbox.PUBLIC_URL + "/verify-email?token=" + token + "\"");
        String access = signIn(email, "long enough password");
        assertThat(api.get("/api/v1/auth/me", access)
                        .json()
                        .get("emailVerified")
                        .asBoolean())
                .isFalse();

        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", token))
                        .status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/auth/me", access)
                        .json()
                        .get("emailVerified")
                        .asBoolean())
                .isTrue();
        Api.Response again = api.post("/api/v1/auth/verify-email", null, Map.of("token", token));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.json().get("type").asString()).endsWith("/invalid-link");
        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", "not a token"))
                        .status())
                .isEqualTo(410);
        assertThat(api.post("/api/v1/me/email-verification", access, null).status())
                .isEqualTo(409);
    }

    @Test
    void aSignedInUserCanAskForANewVerificationLinkAndOnlyTheNewestWorks() {
        Api.Session user = api.newUser();
        String first = Mailbox.tokenOfLink(MAIL.awaitTo(user.email()), "/verify-email");
        MAIL.clear();

        assertThat(api.post("/api/v1/me/email-verification", user.token(), null).status())
                .isEqualTo(202);

        String second = Mailbox.tokenOfLink(MAIL.awaitTo(user.email()), "/verify-email");
        assertThat(second).isNotEqualTo(first);
        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", first))
                        .status())
                .isEqualTo(410);
        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", second))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void registeringATakenAddressAnswersLikeANewOneAndTellsTheOwner() {
        Api.Session owner = api.newUser();
        MAIL.awaitTo(owner.email());
        MAIL.clear();
        long users = count("users");
        String taken = owner.email().toUpperCase();
        String fresh = freshEmail();

        Api.Response existing = register(taken, "some other long password");
        Api.Response created = register(fresh, "some other long password");

        assertThat(existing.status()).isEqualTo(created.status()).isEqualTo(202);
        assertThat(existing.json().propertyNames()).isEqualTo(created.json().propertyNames());
        assertThat(existing.json().get("email").asString()).isEqualTo(taken);
        assertThat(created.json().get("email").asString()).isEqualTo(fresh);
        assertThat(existing.json().get("emailVerification"))
                .isEqualTo(created.json().get("emailVerification"));
        assertThat(count("users")).isEqualTo(users + 1);

        MimeMessage notice = MAIL.awaitTo(owner.email());
        assertThat(Mailbox.subject(notice)).isEqualTo("Someone tried to create a Vectort account with your email");
        assertThat(Mailbox.text(notice))
                .contains(Mailbox.PUBLIC_URL + "/signin")
                .contains(Mailbox.PUBLIC_URL + "/reset-password");
        assertThat(Mailbox.subject(MAIL.awaitTo(fresh))).isEqualTo("Confirm your email address for Vectort");
        assertThat(MAIL.to(owner.email())).hasSize(1);
        // The owner's password still works; the one sent with the duplicate does not.
        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", owner.email(), "password", owner.password()))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/auth/login",
                                null,
                                Map.of("email", owner.email(), "password", "some other long password"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws Exception {
        Api.Session user = api.newUser();
        MAIL.awaitTo(user.email());
        MAIL.clear();

        Api.Response unknown = api.post("/api/v1/auth/password-reset", null, Map.of("email", freshEmail()));
        Api.Response known = api.post("/api/v1/auth/password-reset", null, Map.of("email", user.email()));

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(MAIL.await(1)).isTrue();
        Thread.sleep(500);
        assertThat(MAIL.received()).hasSize(1);
        assertThat(MAIL.to(user.email())).hasSize(1);
    }

    @Test
    void theEmailedLinkSetsANewPasswordEndsEverySessionAndWorksOnce() {
        Api.Session user = api.newUser();
        Api.Response otherDevice =
                api.post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", user.password()));
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", "a wrong guess"));
        }
        assertThat(count("sign_in_attempts where key = 'account:" + user.email() + "'"))
                .isEqualTo(1);
        MAIL.awaitTo(user.email());
        MAIL.clear();

        api.post("/api/v1/auth/password-reset", null, Map.of("email", user.email()));
        MimeMessage mail = MAIL.awaitTo(user.email());
        assertThat(Mailbox.subject(mail)).isEqualTo("Reset your Vectort password");
        assertThat(Mailbox.text(mail)).contains("expires in 30 minutes");
        String token = Mailbox.tokenOfLink(mail, "/reset-password");

        Api.Response weak = confirm(token, "password123");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(weak.json().get("errors").get(0).get("code").asString()).isEqualTo("common-password");

        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);

        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", user.password()))
                        .status())
                .isEqualTo(401);
        Api.Response signedIn =
                api.post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", NEW_PASSWORD));
        assertThat(signedIn.status()).isEqualTo(200);
        for (String refreshToken : new String[] {
            user.refreshToken(), otherDevice.json().get("refreshToken").asString()
        }) {
            Api.Response refreshed = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken));
            assertThat(refreshed.status()).isEqualTo(401);
        }
        assertThat(count("sessions where user_id = '" + user.userId() + "' and revoked_at is null"))
                .isEqualTo(1);
        Api.Response reused = confirm(token, "another fine passphrase 7");
        assertThat(reused.status()).isEqualTo(410);
        assertThat(api.get("/api/v1/auth/me", signedIn.json().get("accessToken").asString())
                        .json()
                        .get("emailVerified")
                        .asBoolean())
                .isTrue();
        assertThat(count("sign_in_attempts where key = 'account:" + user.email() + "'"))
                .isZero();
        assertThat(count("audit_log where action = 'auth.password_reset' and actor_id = '" + user.userId() + "'"))
                .isEqualTo(1);
        assertThat(count("email_tokens where user_id = '" + user.userId() + "' and kind = 'password-reset'"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from email_tokens where token_hash = :hash")
                        .param("hash", EmailTokens.hash(token))
                        .query(Long.class)
                        .single())
                .as("only the hash of the token is stored")
                .isEqualTo(1);
    }

    @Test
    void aNewerRequestRetiresTheOlderLink() {
        Api.Session user = api.newUser();
        MAIL.awaitTo(user.email());
        MAIL.clear();

        api.post("/api/v1/auth/password-reset", null, Map.of("email", user.email()));
        String older = Mailbox.tokenOfLink(MAIL.awaitTo(user.email()), "/reset-password");
        MAIL.clear();
        api.post("/api/v1/auth/password-reset", null, Map.of("email", user.email()));
        String newer = Mailbox.tokenOfLink(MAIL.awaitTo(user.email()), "/reset-password");

        assertThat(confirm(older, NEW_PASSWORD).status()).isEqualTo(410);
        assertThat(confirm(newer, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void aLinkWorksForThirtyMinutesOnly() {
        Api.Session user = api.newUser();
        MAIL.awaitTo(user.email());
        MAIL.clear();
        api.post("/api/v1/auth/password-reset", null, Map.of("email", user.email()));
        String token = Mailbox.tokenOfLink(MAIL.awaitTo(user.email()), "/reset-password");
        Map<String, Object> stored = jdbc.sql(
                        "select created_at, expires_at from email_tokens where token_hash = :hash")
                .param("hash", EmailTokens.hash(token))
                .query()
                .singleRow();
        assertThat(Duration.between(
                        ((Timestamp) stored.get("created_at")).toInstant(),
                        ((Timestamp) stored.get("expires_at")).toInstant()))
                .isEqualTo(Duration.ofMinutes(30));

        // Thirty minutes later, as far as the database's clock is concerned.
        jdbc.sql("update email_tokens set expires_at = now() - interval '1 second' where token_hash = :hash")
                .param("hash", EmailTokens.hash(token))
                .update();

        Api.Response expired = confirm(token, NEW_PASSWORD);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().get("type").asString()).endsWith("/invalid-link");
        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", user.password()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aPlatformAdminIssuesAResetLinkAndNobodyElseCan() {
        Api.Session user = api.newUser();
        String admin = signIn(ADMIN, "admin password for tests");

        Api.Response issued = api.post("/api/v1/admin/users/password-reset-link", admin, Map.of("email", user.email()));

        assertThat(issued.status()).isEqualTo(200);
        JsonNode link = issued.json();
        assertThat(link.get("url").asString()).startsWith(Mailbox.PUBLIC_URL + "/reset-password?token=");
        assertThat(Instant.parse(link.get("expiresAt").asString()))
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(29)),
                        Instant.now().plus(Duration.ofMinutes(31)));
        String token =
                link.get("url").asString().substring(link.get("url").asString().indexOf("token=") + 6);
        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", NEW_PASSWORD))
                        .status())
                .isEqualTo(200);
        assertThat(count("audit_log where action = 'auth.password_reset_link_issued' and target_id = '" + user.userId()
                        + "'"))
                .isEqualTo(1);

        Api.Response verification =
                api.post("/api/v1/admin/users/email-verification-link", admin, Map.of("email", user.email()));
        assertThat(verification.json().get("url").asString()).startsWith(Mailbox.PUBLIC_URL + "/verify-email?token=");

        Api.Session stranger = api.newUser();
        Api.Response refused =
                api.post("/api/v1/admin/users/password-reset-link", stranger.token(), Map.of("email", user.email()));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/admin/users/email-verification-link",
                                stranger.token(),
                                Map.of("email", user.email()))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/admin/users/password-reset-link", admin, Map.of("email", freshEmail()))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/admin/users/password-reset-link", null, Map.of("email", user.email()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anEmailChangeIsConfirmedFromTheNewAddressAndTheOldOneIsTold() {
        String old = freshEmail();
        String password = "long enough password";
        assertThat(register(old, password).status()).isEqualTo(202);
        MAIL.awaitTo(old);
        MAIL.clear();
        String access = signIn(old, password);
        String moved = freshEmail();

        Api.Response asked = api.send("PUT", "/api/v1/me/email", access, Map.of("email", "  " + moved + " "));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().get("pendingEmail").asString()).isEqualTo(moved);
        MimeMessage mail = MAIL.awaitTo(moved);
        assertThat(Mailbox.subject(mail)).isEqualTo("Confirm your new email address for Vectort");
        assertThat(Mailbox.text(mail)).contains(old);
        String token = Mailbox.tokenOfLink(mail, "/confirm-email-change");
        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", moved, "password", password))
                        .status())
                .as("nothing changes before the new address confirms")
                .isEqualTo(401);

        Api.Response confirmed = api.post("/api/v1/auth/email-change/confirm", null, Map.of("token", token));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);

        assertThat(Mailbox.subject(MAIL.awaitTo(old))).isEqualTo("Your Vectort email address was changed");
        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", old, "password", password))
                        .status())
                .isEqualTo(401);
        JsonNode me = api.get("/api/v1/auth/me", signIn(moved, password)).json();
        assertThat(me.get("email").asString()).isEqualTo(moved);
        assertThat(me.get("emailVerified").asBoolean()).isTrue();
        assertThat(jdbc.sql("select details ->> 'from' from audit_log where action = 'auth.email_changed'"
                                + " and details ->> 'to' = :to")
                        .param("to", moved)
                        .query(String.class)
                        .single())
                .isEqualTo(old);
        Api.Response again = api.post("/api/v1/auth/email-change/confirm", null, Map.of("token", token));
        assertThat(again.status()).isEqualTo(410);
    }

    @Test
    void anEmailChangeNeverRevealsOrTakesAnotherAccountsAddress() {
        String mine = freshEmail();
        String theirs = freshEmail();
        String password = "long enough password";
        assertThat(register(mine, password).status()).isEqualTo(202);
        assertThat(register(theirs, password).status()).isEqualTo(202);
        MAIL.awaitTo(mine);
        MAIL.awaitTo(theirs);
        MAIL.clear();
        String access = signIn(mine, password);

        Api.Response taken = api.send("PUT", "/api/v1/me/email", access, Map.of("email", theirs.toUpperCase()));
        assertThat(taken.status()).as("the same answer as for a free address").isEqualTo(202);
        String free = freshEmail();
        assertThat(api.send("PUT", "/api/v1/me/email", access, Map.of("email", free))
                        .status())
                .isEqualTo(202);
        MAIL.awaitTo(free);
        assertThat(MAIL.to(theirs))
                .as("the owner of a taken address gets nothing")
                .isEmpty();

        Api.Response same = api.send("PUT", "/api/v1/me/email", access, Map.of("email", mine.toUpperCase()));
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.json().get("type").asString()).endsWith("/same-email");
        assertThat(api.send("PUT", "/api/v1/me/email", access, Map.of("email", "not an email"))
                        .status())
                .isEqualTo(400);

        jdbc.sql("update sessions set authenticated_at = now() - interval '6 minutes'"
                        + " where user_id = (select id from users where email = :email)")
                .param("email", mine)
                .update();
        Api.Response stale = api.send("PUT", "/api/v1/me/email", access, Map.of("email", freshEmail()));
        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.json().get("type").asString()).endsWith("/reauthentication-required");
    }

    private Api.Response register(String email, String password) {
        return api.post("/api/v1/auth/register", null, Map.of("email", email, "password", password));
    }

    private Api.Response confirm(String token, String newPassword) {
        return api.post(
                "/api/v1/auth/password-reset/confirm", null, Map.of("token", token, "newPassword", newPassword));
    }

    private String signIn(String email, String password) {
        Api.Response login = api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json().get("accessToken").asString();
    }

    private static String freshEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }
}
