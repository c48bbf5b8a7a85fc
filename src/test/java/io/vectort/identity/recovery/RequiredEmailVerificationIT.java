package io.vectort.identity.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Mailbox;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** VECTORT_EMAIL_VERIFICATION=required: a context of its own, closed after the class. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RequiredEmailVerificationIT extends IntegrationTest {

    private static final Mailbox MAIL = new Mailbox();
    private static final String PASSWORD = "long enough password";

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.register(registry);
        registry.add("vectort.identity.recovery.email-verification", () -> "required");
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @BeforeEach
    void emptyMailbox() {
        MAIL.clear();
    }

    @Test
    void aRightPasswordIsRefusedUntilTheAddressIsConfirmed() {
        String email = freshEmail();
        Api.Response registered = register(email);
        assertThat(registered.status()).isEqualTo(202);
        assertThat(registered.json().get("emailVerification").asString()).isEqualTo("required");
        String firstLink = Mailbox.tokenOfLink(MAIL.awaitTo(email), "/verify-email");

        Api.Response wrongPassword = login(email, "not the password");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("type").asString()).endsWith("/invalid-credentials");
        Api.Response unverified = login(email, PASSWORD);
        assertThat(unverified.status()).isEqualTo(403);
        assertThat(unverified.json().get("type").asString()).endsWith("/email-not-verified");
        assertThat(count("sessions")).isZero();

        // The "check your email" screen asks again: the newest link is the one that works.
        MAIL.clear();
        assertThat(api.post("/api/v1/auth/verify-email/resend", null, Map.of("email", email))
                        .status())
                .isEqualTo(202);
        String secondLink = Mailbox.tokenOfLink(MAIL.awaitTo(email), "/verify-email");
        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", firstLink))
                        .status())
                .isEqualTo(410);
        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", secondLink))
                        .status())
                .isEqualTo(204);

        Api.Response signedIn = login(email, PASSWORD);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", signedIn.json().get("accessToken").asString())
                        .json()
                        .get("emailVerified")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void askingForALinkForAnUnknownAddressAnswersTheSameAndSendsNothing() throws Exception {
        String email = freshEmail();
        register(email);
        MAIL.awaitTo(email);
        MAIL.clear();

        Api.Response unknown = api.post("/api/v1/auth/verify-email/resend", null, Map.of("email", freshEmail()));
        Api.Response known = api.post("/api/v1/auth/verify-email/resend", null, Map.of("email", email));

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(202);
        assertThat(MAIL.await(1)).isTrue();
        Thread.sleep(500);
        assertThat(MAIL.received()).hasSize(1);
        assertThat(MAIL.to(email)).hasSize(1);
    }

    @Test
    void aPasswordResetLinkProvesTheAddressToo() {
        String email = freshEmail();
        register(email);
        MAIL.awaitTo(email);
        MAIL.clear();

        api.post("/api/v1/auth/password-reset", null, Map.of("email", email));
        String token = Mailbox.tokenOfLink(MAIL.awaitTo(email), "/reset-password");
        assertThat(api.post(
                                "/api/v1/auth/password-reset/confirm",
                                null,
                                Map.of("token", token, "newPassword", "granite orbit lantern 42"))
                        .status())
                .isEqualTo(204);

        assertThat(login(email, "granite orbit lantern 42").status()).isEqualTo(200);
    }

    private Api.Response register(String email) {
        return api.post("/api/v1/auth/register", null, Map.of("email", email, "password", PASSWORD));
    }

    private Api.Response login(String email, String password) {
        return api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    private static String freshEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }
}
