package io.vectort.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.AuthenticatorApp;
import io.vectort.support.ControllableClock;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Parallel;
import io.vectort.support.TeamFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Authenticator apps and recovery codes through the API, with the TOTP clock frozen so each test
 * steps through 30-second windows on purpose.
 */
class MfaIT extends IntegrationTest {

    @Autowired
    private ControllableClock clock;

    @BeforeEach
    void freezeTheClock() {
        // The start of a step: codes of "now" stay valid for the whole test unless it moves the clock.
        long seconds = Instant.now().getEpochSecond();
        clock.freezeAt(Instant.ofEpochSecond(seconds - seconds % 30));
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void enrolsAnAuthenticatorThenSignsInWithACodeAndWithARecoveryCodeOnce() {
        Api.Session user = api.newUser();
        JsonNode before = api.get("/api/v1/me/mfa", user.token()).json();
        assertThat(before.get("totp").get("enabled").asBoolean()).isFalse();
        assertThat(before.get("methods")).isEmpty();

        Api.Response started = api.post("/api/v1/me/mfa/totp", user.token(), null);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String secret = started.json().get("secret").asString();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(started.json().get("otpauthUri").asString())
                .isEqualTo("otpauth://totp/Vectort%3A" + user.email().replace("@", "%40") + "?secret=" + secret
                        + "&issuer=Vectort");
        assertThat(started.json().get("qrSvg").asString()).startsWith("<svg");
        String stored = jdbc.sql("select pending_secret from totp_authenticators where user_id = :u")
                .param("u", user.userId())
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        // Not enabled until confirmed: signing in still needs only the password.
        assertThat(login(user).has("accessToken")).isTrue();

        AuthenticatorApp app = new AuthenticatorApp(secret);
        Api.Response wrong = api.post("/api/v1/me/mfa/totp/confirm", user.token(), Map.of("code", "000000"));
        assertThat(wrong.status()).isEqualTo(app.codeAt(clock.instant()).equals("000000") ? 200 : 400);
        List<String> codes = confirm(user, app);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        JsonNode after = api.get("/api/v1/me/mfa", user.token()).json();
        assertThat(after.get("totp").get("enabled").asBoolean()).isTrue();
        assertThat(after.get("recoveryCodesRemaining").asInt()).isEqualTo(10);
        assertThat(texts(after.get("methods"))).containsExactly("totp", "recovery_code");
        assertThat(jdbc.sql("select code_hash from recovery_codes where user_id = :u")
                        .param("u", user.userId())
                        .query(String.class)
                        .list())
                .hasSize(10)
                .doesNotContainAnyElementsOf(codes);
        assertThat(audited(user.userId(), "auth.mfa_enabled")).isEqualTo(1);

        JsonNode challenge = login(user);
        assertThat(challenge.get("mfaRequired").asBoolean()).isTrue();
        assertThat(texts(challenge.get("methods"))).containsExactly("totp", "recovery_code");
        // The code that confirmed the app is used: it cannot sign in within its window.
        assertThat(verify(challenge, app.codeAt(clock.instant())).status()).isEqualTo(401);

        clock.advanceSeconds(30);
        String code = app.codeAt(clock.instant());
        Api.Response signedIn = verify(challenge, code);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        Api.Response me =
                api.get("/api/v1/auth/me", signedIn.json().get("accessToken").asString());
        assertThat(me.json().get("email").asString()).isEqualTo(user.email());
        Api.Response replayed = verify(login(user), code);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().get("type").asString()).endsWith("/invalid-code");

        // Typed from paper: any case, spaces instead of dashes.
        String typed = codes.get(3).toUpperCase(Locale.ROOT).replace("-", " ");
        assertThat(verify(login(user), typed).status()).isEqualTo(200);
        assertThat(verify(login(user), codes.get(3)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me/mfa", user.token())
                        .json()
                        .get("recoveryCodesRemaining")
                        .asInt())
                .isEqualTo(9);
        assertThat(audited(user.userId(), "auth.recovery_code_used")).isEqualTo(1);

        Api.Response regenerated = api.post("/api/v1/me/mfa/recovery-codes", user.token(), null);
        assertThat(regenerated.status()).as(regenerated.body()).isEqualTo(200);
        List<String> fresh = texts(regenerated.json().get("recoveryCodes"));
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(codes);
        assertThat(verify(login(user), codes.get(5)).status()).isEqualTo(401);
        assertThat(verify(login(user), fresh.get(0)).status()).isEqualTo(200);
        assertThat(audited(user.userId(), "auth.recovery_codes_regenerated")).isEqualTo(1);
    }

    @Test
    void sensitiveChangesNeedAFreshSecondFactorOrPassword() {
        Api.Session user = api.newUser();
        AuthenticatorApp app = enrol(user);
        jdbc.sql("update sessions set authenticated_at = now() - interval '10 minutes' where user_id = :u")
                .param("u", user.userId())
                .update();
        for (String[] call : new String[][] {
            {"DELETE", "/api/v1/me/mfa/totp"},
            {"POST", "/api/v1/me/mfa/recovery-codes"},
            {"POST", "/api/v1/me/mfa/totp"}
        }) {
            Api.Response refused = api.send(call[0], call[1], user.token(), null);
            assertThat(refused.status()).as("%s %s", call[0], call[1]).isEqualTo(403);
            assertThat(refused.json().get("type").asString()).endsWith("/reauthentication-required");
        }
        // Status needs no step-up.
        assertThat(api.get("/api/v1/me/mfa", user.token()).status()).isEqualTo(200);

        clock.advanceSeconds(30);
        Api.Response reauthenticated =
                api.post("/api/v1/auth/reauthenticate", user.token(), Map.of("code", app.codeAt(clock.instant())));
        assertThat(reauthenticated.status()).as(reauthenticated.body()).isEqualTo(204);
        assertThat(api.delete("/api/v1/me/mfa/totp", user.token()).status()).isEqualTo(204);

        JsonNode status = api.get("/api/v1/me/mfa", user.token()).json();
        assertThat(status.get("totp").get("enabled").asBoolean()).isFalse();
        assertThat(status.get("methods")).isEmpty();
        assertThat(jdbc.sql("select count(*) from recovery_codes where user_id = :u")
                        .param("u", user.userId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(login(user).has("accessToken")).isTrue();
        assertThat(audited(user.userId(), "auth.mfa_disabled")).isEqualTo(1);
    }

    @Test
    void wrongCodesAreThrottledAndARefusedAttemptDoesNotUseTheCode() throws Exception {
        Api.Session user = api.newUser();
        AuthenticatorApp app = enrol(user);
        JsonNode challenge = login(user);
        for (int i = 0; i < 5; i++) {
            assertThat(verify(challenge, "wrong-code-" + i).status()).isEqualTo(401);
        }
        Api.Response throttled = null;
        for (int i = 0; i < 6 && throttled == null; i++) {
            Api.Response answer = verify(challenge, "wrong-again-" + i);
            if (answer.status() == 429) {
                throttled = answer;
            } else {
                assertThat(answer.status()).isEqualTo(401);
            }
        }
        assertThat(throttled).as("a 429 after the free attempts").isNotNull();
        long wait = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertThat(wait).isPositive();

        clock.advanceSeconds(30);
        String code = app.codeAt(clock.instant());
        Api.Response early = verify(challenge, code);
        if (early.status() == 429) {
            Thread.sleep(Long.parseLong(early.header("Retry-After").orElseThrow()) * 1000 + 200);
            Api.Response later = verify(challenge, code);
            assertThat(later.status())
                    .as("the code refused during the wait is still unused")
                    .isEqualTo(200);
        } else {
            assertThat(early.status()).isEqualTo(200);
        }
    }

    @Test
    void oneRecoveryCodeOrTotpCodeUsedInParallelSucceedsExactlyOnce() throws Exception {
        Api.Session user = api.newUser();
        AuthenticatorApp app = enrol(user);
        List<String> codes = texts(api.post("/api/v1/me/mfa/recovery-codes", user.token(), null)
                .json()
                .get("recoveryCodes"));
        assertThat(statuses(user, codes.get(0))).containsOnlyOnce(200).containsOnly(200, 401);
        // The losers' failures count towards the per-user code throttle (5 free), and a success
        // that finished before them does not take them back: start the second burst afresh.
        jdbc.sql("delete from sign_in_attempts where key = :key")
                .param("key", "mfa:" + user.userId())
                .update();
        clock.advanceSeconds(30);
        assertThat(statuses(user, app.codeAt(clock.instant())))
                .containsOnlyOnce(200)
                .containsOnly(200, 401);
    }

    @Test
    void anOrganisationRequiringMfaAdmitsItsAdminsOnlyOnceTheyEnrol() {
        TeamFixtures fixtures = new TeamFixtures(api, jdbc);
        Api.Session owner = api.newUser();
        Api.Session admin = api.newUser();
        Api.Session member = api.newUser();
        UUID team = fixtures.team(
                owner, "Policy team " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.join(team, admin, "admin");
        fixtures.join(team, member, "member");
        String policyPath = "/api/v1/orgs/" + team + "/mfa-policy";

        // An owner without MFA cannot lock themselves out.
        Api.Response enrolFirst = api.send("PUT", policyPath, owner.token(), Map.of("policy", "admins"));
        assertThat(enrolFirst.status()).isEqualTo(409);
        assertThat(enrolFirst.json().get("type").asString()).endsWith("/enrol-first");
        assertThat(api.send("PUT", policyPath, owner.token(), Map.of("policy", "sometimes"))
                        .status())
                .isEqualTo(400);
        enrol(owner);
        Api.Response set = api.send("PUT", policyPath, owner.token(), Map.of("policy", "admins"));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("policy").asString()).isEqualTo("admins");
        assertThat(api.get("/api/v1/orgs/" + team, owner.token())
                        .json()
                        .get("mfaPolicy")
                        .asString())
                .isEqualTo("admins");
        assertThat(jdbc.sql("select count(*) from audit_log where org_id = :o and action = 'org.mfa_policy_changed'")
                        .param("o", team)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // Owners only; a personal organisation has no policy.
        assertThat(api.send("PUT", policyPath, admin.token(), Map.of("policy", "none"))
                        .status())
                .isEqualTo(403);
        Api.Response personal = api.send(
                "PUT", "/api/v1/orgs/" + owner.userId() + "/mfa-policy", owner.token(), Map.of("policy", "everyone"));
        assertThat(personal.status()).isEqualTo(409);

        Api.Response refused = api.get("/api/v1/orgs/" + team + "/members", admin.token());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).endsWith("/mfa-enrolment-required");
        assertThat(refused.json().get("enrolAt").asString()).isEqualTo("/settings/security");
        assertThat(api.get("/api/v1/orgs/" + team + "/members", member.token()).status())
                .isEqualTo(200);
        // The admin's own organisation does not care about the team's policy.
        assertThat(api.get("/api/v1/orgs/" + admin.userId(), admin.token()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/projects", admin.token()).status()).isEqualTo(200);

        enrol(admin);
        assertThat(api.get("/api/v1/orgs/" + team + "/members", admin.token()).status())
                .isEqualTo(200);
        Api.Response keep = api.delete("/api/v1/me/mfa/totp", admin.token());
        assertThat(keep.status()).isEqualTo(409);
        assertThat(keep.json().get("type").asString()).endsWith("/mfa-required-by-organization");

        assertThat(api.send("PUT", policyPath, owner.token(), Map.of("policy", "everyone"))
                        .status())
                .isEqualTo(200);
        Api.Response memberRefused =
                api.send("GET", "/api/v1/projects", member.token(), null, "Vectort-Organization", team.toString());
        assertThat(memberRefused.status()).isEqualTo(403);
        assertThat(memberRefused.json().get("type").asString()).endsWith("/mfa-enrolment-required");
    }

    private AuthenticatorApp enrol(Api.Session user) {
        Api.Response started = api.post("/api/v1/me/mfa/totp", user.token(), null);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        AuthenticatorApp app = new AuthenticatorApp(started.json().get("secret").asString());
        confirm(user, app);
        return app;
    }

    private List<String> confirm(Api.Session user, AuthenticatorApp app) {
        Api.Response confirmed =
                api.post("/api/v1/me/mfa/totp/confirm", user.token(), Map.of("code", app.codeAt(clock.instant())));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return texts(confirmed.json().get("recoveryCodes"));
    }

    private List<Integer> statuses(Api.Session user, String code) throws Exception {
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonNode challenge = login(user);
            attempts.add(() -> verify(challenge, code).status());
        }
        return Parallel.run(attempts);
    }

    private JsonNode login(Api.Session user) {
        Api.Response response =
                api.post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", user.password()));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Api.Response verify(JsonNode challenge, String code) {
        return api.post(
                "/api/v1/auth/mfa/verify",
                null,
                Map.of("challenge", challenge.get("challenge").asString(), "code", code));
    }

    private long audited(UUID userId, String action) {
        return jdbc.sql("select count(*) from audit_log where org_id = :u and action = :a")
                .param("u", userId)
                .param("a", action)
                .query(Long.class)
                .single();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
