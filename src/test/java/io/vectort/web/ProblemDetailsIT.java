package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
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
}
