package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spring's own errors use the same problem format as Vectort's. */
class ProblemDetailsIT extends IntegrationTest {

    @Test
    void unknownRouteIsAProblem() {
        Api.Session user = api.newUser();
        Api.Response response = api.get("/api/v1/no-such-thing", user.token());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://vectort.dev/problems/not-found");
    }

    @Test
    void wrongMethodIsAProblem() {
        Api.Session user = api.newUser();
        Api.Response response = api.send("PUT", "/api/v1/projects", user.token(), null);
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/method-not-allowed");
    }

    @Test
    void wrongContentTypeIsAProblem() {
        Api.Session user = api.newUser();
        Api.Response response = api.send("POST", "/api/v1/projects", user.token(), null, "Content-Type", "text/plain");
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void malformedJsonIsAProblem() {
        Api.Session user = api.newUser();
        Api.Response response = api.post("/api/v1/projects", user.token(), "{\"name\": [1,");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/malformed-body");
        assertThat(response.json().get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void everyResponseCarriesARequestIdAndEchoesASaneOne() {
        Api.Response generated = api.get("/api/v1/catalog", null);
        assertThat(generated.header("X-Request-Id")).isPresent();
        Api.Response echoed = api.send("GET", "/api/v1/catalog", null, null, "X-Request-Id", "trace-123");
        assertThat(echoed.header("X-Request-Id")).hasValue("trace-123");
        Api.Response replaced = api.send("GET", "/api/v1/catalog", null, null, "X-Request-Id", "bad id with spaces");
        assertThat(replaced.header("X-Request-Id")).isPresent().get().isNotEqualTo("bad id with spaces");
    }

    @Test
    void nulAndUnpairedSurrogatesInCredentialsAreRefusedNotStored() {
        long users = count("users");
        for (String bad : new String[] {"\\u0000", "\\ud800", "\\udc00x"}) {
            Api.Response login =
                    api.post("/api/v1/auth/login", null, "{\"email\":\"a" + bad + "@x.io\",\"password\":\"p\"}");
            assertThat(login.status()).as(login.toString()).isEqualTo(400);
            assertThat(login.header("Content-Type")).hasValue("application/problem+json");
            assertThat(login.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("email");
            Api.Response register = api.post(
                    "/api/v1/auth/register", null, "{\"email\":\"a@x.io\",\"password\":\"p" + bad + "ssword-long\"}");
            assertThat(register.status()).as(register.toString()).isEqualTo(400);
        }
        assertThat(count("users")).isEqualTo(users);
    }

    @Test
    void extremeUsageDatesAreInvalidRequests() {
        Api.Session user = api.newUser();
        for (String query : new String[] {
            "from=-999999999-01-01&to=+999999999-12-31",
            "to=-999999999-01-01",
            "from=+999999999-12-01&to=+999999999-12-31",
            "from=0000-01-01&to=0000-01-31"
        }) {
            Api.Response response = api.get("/api/v1/billing/usage?" + query, user.token());
            assertThat(response.status()).as(query + " " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void cacheThresholdBoundsAreAcceptedAndNullMeansTheDefault() {
        Api.Session user = api.newUser();
        double defaultThreshold = api.get("/api/v1/cache/settings", user.token())
                .json()
                .get("effective_threshold")
                .asDouble();
        for (double bound : new double[] {0.80, 0.99}) {
            Api.Response saved = api.send(
                    "PUT",
                    "/api/v1/cache/settings",
                    user.token(),
                    Map.of("similar_prompts", true, "similarity_threshold", bound));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.json().get("similarity_threshold").asDouble()).isEqualTo(bound);
        }
        Api.Response reset = api.send(
                "PUT",
                "/api/v1/cache/settings",
                user.token(),
                "{\"similar_prompts\":true,\"similarity_threshold\":null}");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("similarity_threshold").isNull()).isTrue();
        assertThat(reset.json().get("effective_threshold").asDouble()).isEqualTo(defaultThreshold);
        Api.Response read = api.get("/api/v1/cache/settings", user.token());
        assertThat(read.json().get("similarity_threshold").isNull()).isTrue();
        assertThat(read.json().get("effective_threshold").asDouble()).isEqualTo(defaultThreshold);
    }

    @Test
    void anUnacceptableAcceptIsRefusedBeforeAnythingIsStored() {
        Api.Session user = api.newUser();
        String project = api.post("/api/v1/projects", user.token(), Map.of("name", "kept"))
                .json()
                .get("id")
                .asString();
        long projects = count("projects");
        long keys = count("api_keys");
        long generations = count("generations");
        for (String[] request : new String[][] {
            {"/api/v1/projects", "{\"name\":\"x\"}"},
            {"/api/v1/keys", "{\"name\":\"x\"}"},
            {"/api/v1/projects/" + project + "/generate", "{\"description\":\"a todo app\"}"},
            {"/api/v1/projects/" + project + "/versions/1/restore", "{}"}
        }) {
            for (String accept : new String[] {"text/html", "image/png", "text/csv", "nonsense;;"}) {
                Api.Response response = api.send("POST", request[0], user.token(), request[1], "Accept", accept);
                assertThat(response.status())
                        .as(request[0] + " " + accept + " " + response)
                        .isIn(406, 404);
                assertThat(response.header("Content-Type")).hasValue("application/problem+json");
            }
        }
        assertThat(count("projects")).isEqualTo(projects);
        assertThat(count("api_keys")).isEqualTo(keys);
        assertThat(count("generations")).isEqualTo(generations);
        Api.Response accepted =
                api.send("POST", "/api/v1/projects", user.token(), "{\"name\":\"y\"}", "Accept", "application/*");
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void theGatewayIgnoresAccept() {
        Api.Session user = api.newUser();
        String key = api.post("/api/v1/keys", user.token(), Map.of("name", "accept"))
                .json()
                .get("key")
                .asString();
        for (String accept : new String[] {"text/html", "image/png", "nonsense;;"}) {
            Api.Response models = api.send("GET", "/v1/models", key, null, "Accept", accept);
            assertThat(models.status()).as(accept + " " + models).isEqualTo(200);
            Api.Response unknown = api.send("GET", "/v1/nothing", key, null, "Accept", accept);
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.json().get("error").get("code").asString()).isEqualTo("unknown_url");
            Api.Response unauthenticated = api.send("GET", "/v1/models", null, null, "Accept", accept);
            assertThat(unauthenticated.status()).isEqualTo(401);
            assertThat(unauthenticated.json().get("error").get("type").asString())
                    .isEqualTo("invalid_request_error");
        }
        Api.Response wrongType = api.send(
                "POST", "/v1/chat/completions", key, null, "Content-Type", "text/plain", "Accept", "text/html");
        // The gateway's catch-all route answers before Spring's content type check: 404 unknown_url.
        assertThat(wrongType.status()).isIn(404, 415);
        assertThat(wrongType.json().get("error").get("message").asString()).isNotEmpty();
    }
}
