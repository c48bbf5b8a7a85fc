package io.vectort.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthIT extends IntegrationTest {

    @Test
    void registersSignsInAndIdentifiesTheUser() {
        String email = "Mixed.Case-" + UUID.randomUUID() + "@Example.com";
        Api.Response registered =
                api.post("/api/v1/auth/register", null, Map.of("email", email, "password", "long enough password"));
        assertThat(registered.status()).isEqualTo(202);
        assertThat(registered.json().get("email").asString()).isEqualTo(email);
        assertThat(registered.json().get("emailVerification").asString()).isEqualTo("optional");

        Api.Response login = api.post(
                "/api/v1/auth/login", null, Map.of("email", email.toLowerCase(), "password", "long enough password"));
        assertThat(login.status()).isEqualTo(200);
        JsonNode tokens = login.json();
        assertThat(tokens.get("expiresIn").asLong()).isEqualTo(900);
        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");

        Api.Response me = api.get("/api/v1/auth/me", tokens.get("accessToken").asString());
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(me.json().get("emailVerified").asBoolean()).isFalse();
        assertThat(jdbc.sql("select id from users where email = :email")
                        .param("email", email)
                        .query(UUID.class)
                        .single()
                        .toString())
                .isEqualTo(me.json().get("id").asString());
    }

    @Test
    void keepsGeneratedSigningKeysEncryptedInTheDatabase() {
        api.newUser();
        var stored =
                jdbc.sql("select key, value from instance_settings").query().listOfRows();
        assertThat(stored).extracting(row -> row.get("key")).contains("jwt_signing_key", "preview_signing_key");
        assertThat(stored)
                .allSatisfy(row -> assertThat((String) row.get("value")).startsWith("v1:"));
    }

    @Test
    void storesPasswordsAsArgon2idHashes() {
        Api.Session user = api.newUser();
        String hash = jdbc.sql("select password_hash from users where id = :id")
                .param("id", user.userId())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain(user.password());
    }

    @Test
    void aDuplicateEmailRegardlessOfCaseGetsTheAnswerOfANewOneAndChangesNothing() {
        Api.Session user = api.newUser();
        long users = count("users");
        String taken = user.email().toUpperCase();
        Api.Response again =
                api.post("/api/v1/auth/register", null, Map.of("email", taken, "password", "another long password"));
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().properties()).hasSize(2);
        assertThat(again.json().get("email").asString()).isEqualTo(taken);
        assertThat(again.json().get("emailVerification").asString()).isEqualTo("optional");
        assertThat(count("users")).isEqualTo(users);
        // The account keeps its password.
        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", user.password()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void rejectsInvalidRegistrationsWithFieldErrorsAndStoresNothing() {
        long before = count("users");
        Api.Response response =
                api.post("/api/v1/auth/register", null, Map.of("email", "not-an-email", "password", "short"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("email", "password");
        assertThat(count("users")).isEqualTo(before);

        Api.Response missing = api.post("/api/v1/auth/register", null, Map.of("email", "x@example.com"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("password");
        assertThat(count("users")).isEqualTo(before);
    }

    @Test
    void answersWrongPasswordAndUnknownEmailTheSameWay() {
        Api.Session user = api.newUser();
        Api.Response wrongPassword =
                api.post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", "wrong password"));
        Api.Response unknownEmail = api.post(
                "/api/v1/auth/login",
                null,
                Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", "whatever1"));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail"))
                .isEqualTo(unknownEmail.json().get("detail"));
    }

    @Test
    void rotatesRefreshTokensAndRevokesTheFamilyWhenARotatedTokenIsReused() {
        Api.Session user = api.newUser();
        Api.Response first = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", user.refreshToken()));
        assertThat(first.status()).isEqualTo(200);
        String second = first.json().get("refreshToken").asString();
        assertThat(second).isNotEqualTo(user.refreshToken());
        assertThat(api.get("/api/v1/auth/me", first.json().get("accessToken").asString())
                        .status())
                .isEqualTo(200);

        Api.Response reuse = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", user.refreshToken()));
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.json().get("type").asString()).endsWith("/invalid-refresh-token");

        // The legitimate holder's newer token died with the family: the session is over.
        Api.Response afterReuse = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", second));
        assertThat(afterReuse.status()).isEqualTo(401);
    }

    @Test
    void logoutEndsTheSession() {
        Api.Session user = api.newUser();
        assertThat(api.post("/api/v1/auth/logout", null, Map.of("refreshToken", user.refreshToken()))
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", user.refreshToken()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void protectedEndpointsNeedAValidBearerToken() {
        Api.Response none = api.get("/api/v1/projects", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).hasValue("Bearer");
        assertThat(none.json().get("type").asString()).endsWith("/unauthenticated");

        Api.Response forged = api.get("/api/v1/projects", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("Content-Type")).hasValue("application/problem+json");
        assertThat(forged.json().get("type").asString()).endsWith("/invalid-token");
    }
}
