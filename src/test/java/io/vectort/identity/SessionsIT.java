package io.vectort.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Parallel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Sessions: refresh rotation under races, the sessions list, revocation, password change and step-up. */
class SessionsIT extends IntegrationTest {

    @RepeatedTest(5)
    void reusingARefreshTokenInParallelRevokesTheWholeSessionIncludingTheWinnersNewToken() throws Exception {
        Api.Session user = api.newUser();
        Callable<Api.Response> refresh =
                () -> api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", user.refreshToken()));
        List<Api.Response> answers = Parallel.run(List.of(refresh, refresh));

        List<Api.Response> won = answers.stream().filter(r -> r.status() == 200).toList();
        assertThat(won).as("exactly one of the two may rotate the token").hasSize(1);
        assertThat(answers.stream().filter(r -> r.status() == 401)).hasSize(1);

        String winnersToken = won.getFirst().json().get("refreshToken").asString();
        Api.Response afterRace = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", winnersToken));
        assertThat(afterRace.status())
                .as("the reuse revoked the session, so the token the winner received is dead too")
                .isEqualTo(401);
        String winnersAccess = won.getFirst().json().get("accessToken").asString();
        assertThat(api.get("/api/v1/auth/me", winnersAccess).status())
                .as("and so is its access token")
                .isEqualTo(401);
    }

    @Test
    void listsTheUsersSessionsWithTheCurrentOneMarked() {
        Api.Session user = api.newUser();
        JsonNode second = signIn(user, "Mozilla/5.0 (Phone) Test");

        JsonNode sessions = api.get("/api/v1/me/sessions", user.token()).json().get("sessions");
        assertThat(sessions).hasSize(2);
        JsonNode current = find(sessions, true);
        JsonNode other = find(sessions, false);
        assertThat(current.get("method").asString()).isEqualTo("password");
        assertThat(current.get("clientAddress").asString()).isEqualTo(api.clientAddress());
        assertThat(other.get("userAgent").asString()).isEqualTo("Mozilla/5.0 (Phone) Test");
        assertThat(other.get("createdAt").asString()).isNotBlank();

        Api.Session stranger = api.newUser();
        assertThat(api.delete("/api/v1/me/sessions/" + other.get("id").asString(), stranger.token())
                        .status())
                .as("another user's session is not found")
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/auth/refresh",
                                null,
                                Map.of(
                                        "refreshToken",
                                        second.get("refreshToken").asString()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void revokingASessionEndsItsRefreshAndAccessTokens() {
        Api.Session user = api.newUser();
        JsonNode phone = signIn(user, "phone");
        String phoneId = find(
                        api.get("/api/v1/me/sessions", user.token()).json().get("sessions"), false)
                .get("id")
                .asString();

        assertThat(api.delete("/api/v1/me/sessions/" + phoneId, user.token()).status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/auth/me", phone.get("accessToken").asString())
                        .status())
                .isEqualTo(401);
        assertThat(api.post(
                                "/api/v1/auth/refresh",
                                null,
                                Map.of("refreshToken", phone.get("refreshToken").asString()))
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", user.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me/sessions", user.token()).json().get("sessions"))
                .hasSize(1);
    }

    @Test
    void signingOutEveryOtherDeviceKeepsThisOne() {
        Api.Session user = api.newUser();
        JsonNode a = signIn(user, "a");
        JsonNode b = signIn(user, "b");

        Api.Response answer = api.delete("/api/v1/me/sessions", user.token());
        assertThat(answer.json().get("revoked").asInt()).isEqualTo(2);
        for (JsonNode other : List.of(a, b)) {
            assertThat(api.get("/api/v1/auth/me", other.get("accessToken").asString())
                            .status())
                    .isEqualTo(401);
        }
        assertThat(api.get("/api/v1/auth/me", user.token()).status()).isEqualTo(200);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneOrAFreshSignInAndEndsOtherSessions() {
        Api.Session user = api.newUser();
        JsonNode other = signIn(user, "other device");
        makeSessionStale(user);

        Api.Response noProof = api.send(
                "PUT", "/api/v1/me/password", user.token(), Map.of("newPassword", "a brand new passphrase 42"));
        assertThat(noProof.status()).isEqualTo(403);
        assertThat(noProof.json().get("type").asString()).endsWith("/reauthentication-required");

        Api.Response wrong = api.send(
                "PUT",
                "/api/v1/me/password",
                user.token(),
                Map.of("currentPassword", "not it", "newPassword", "a brand new passphrase 42"));
        assertThat(wrong.status()).isEqualTo(401);

        Api.Response weak = api.send(
                "PUT",
                "/api/v1/me/password",
                user.token(),
                Map.of("currentPassword", user.password(), "newPassword", "password123"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").findValuesAsString("field")).containsExactly("newPassword");

        Api.Response changed = api.send(
                "PUT",
                "/api/v1/me/password",
                user.token(),
                Map.of("currentPassword", user.password(), "newPassword", "a brand new passphrase 42"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("otherSessionsEnded").asInt()).isEqualTo(1);

        assertThat(api.get("/api/v1/auth/me", other.get("accessToken").asString())
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", user.token()).status()).isEqualTo(200);
        assertThat(login(user.email(), user.password()).status()).isEqualTo(401);
        assertThat(login(user.email(), "a brand new passphrase 42").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_log where org_id = :org and action = 'auth.password_changed'")
                        .param("org", user.userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void sensitiveChangesAskForAFreshProofOfPresence() {
        Api.Session user = api.newUser();
        Map<String, Object> key = Map.of("name", "ci");
        assertThat(api.post("/api/v1/keys", user.token(), key).status())
                .as("a sign-in a moment ago is fresh")
                .isEqualTo(201);

        makeSessionStale(user);
        Api.Response stale = api.post("/api/v1/keys", user.token(), key);
        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.json().get("type").asString()).endsWith("/reauthentication-required");
        assertThat(api.delete("/api/v1/me", user.token()).status()).isEqualTo(403);

        Api.Response wrong =
                api.post("/api/v1/auth/reauthenticate", user.token(), Map.of("password", "not my password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(api.post("/api/v1/keys", user.token(), key).status()).isEqualTo(403);

        Api.Response proven =
                api.post("/api/v1/auth/reauthenticate", user.token(), Map.of("password", user.password()));
        assertThat(proven.status()).isEqualTo(204);
        assertThat(api.post("/api/v1/keys", user.token(), key).status()).isEqualTo(201);

        assertThat(api.post("/api/v1/auth/reauthenticate", user.token(), Map.of())
                        .status())
                .as("neither a password nor a code")
                .isEqualTo(400);
    }

    @Test
    void cleanupDeletesEndedSessionsExpiredTokensAndStaleCountersButNothingInUse(@Autowired SessionCleanup cleanup) {
        Api.Session live = api.newUser();
        Api.Session gone = api.newUser();
        api.post("/api/v1/auth/logout", null, Map.of("refreshToken", gone.refreshToken()));
        jdbc.sql("update sessions set revoked_at = now() - interval '31 days' where user_id = :user")
                .param("user", gone.userId())
                .update();
        jdbc.sql(
                        "insert into sign_in_attempts (key, failures, last_failed_at) values (:key, 3, now() - interval '2 hours')")
                .param("key", "account:stale-" + gone.userId())
                .update();

        cleanup.run();

        assertThat(count("sessions where user_id = '" + gone.userId() + "'")).isZero();
        assertThat(count("refresh_tokens where user_id = '" + gone.userId() + "'"))
                .isZero();
        assertThat(count("sign_in_attempts where key = 'account:stale-" + gone.userId() + "'"))
                .isZero();
        assertThat(count("sessions where user_id = '" + live.userId() + "'")).isEqualTo(1);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", live.refreshToken()))
                        .status())
                .isEqualTo(200);
    }

    private void makeSessionStale(Api.Session user) {
        jdbc.sql("update sessions set authenticated_at = now() - interval '6 minutes' where user_id = :user")
                .param("user", user.userId())
                .update();
    }

    private JsonNode signIn(Api.Session user, String userAgent) {
        Api.Response response = api.send(
                "POST",
                "/api/v1/auth/login",
                null,
                Map.of("email", user.email(), "password", user.password()),
                "User-Agent",
                userAgent);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private Api.Response login(String email, String password) {
        return api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    private static JsonNode find(JsonNode sessions, boolean current) {
        for (JsonNode session : sessions) {
            if (session.get("current").asBoolean() == current) {
                return session;
            }
        }
        throw new AssertionError("no session with current=" + current + " in " + sessions);
    }
}
