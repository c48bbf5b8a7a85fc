package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Errors that Tomcat, the firewall or a filter decide before any controller runs answer in the
 * path's format: problem+json on the API, OpenAI's error JSON on {@code /v1}; never Tomcat's HTML.
 */
class PreControllerErrorsIT extends IntegrationTest {

    @Test
    void invalidPercentEncodedUtf8InAQueryIsAProblem() {
        RawHttp.Response response = new RawHttp(port).get("/api/v1/catalog?x=%ff");
        assertProblem(response, 400);
    }

    @Test
    void invalidPercentEncodedUtf8OnTheGatewayIsAnOpenAiError() {
        RawHttp.Response response = new RawHttp(port).get("/v1/models?x=%ff");
        assertOpenAiError(response, 400);
    }

    @Test
    void invalidPercentEncodingInAPathIsAProblem() {
        assertProblem(new RawHttp(port).get("/api/v1/%zz"), 400);
        assertProblem(new RawHttp(port).get("/api/v1/projects/%ff%fe"), 400);
    }

    @Test
    void invalidFormParameterEncodingIsAProblem() {
        byte[] body = "email=%ff&password=x".getBytes(StandardCharsets.US_ASCII);
        RawHttp.Response response = new RawHttp(port)
                .send(
                        "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length,
                        body);
        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void malformedRequestLineAndHeadersAreProblems() {
        RawHttp raw = new RawHttp(port);
        assertProblem(raw.send("GET /api/v1/cat{alog HTTP/1.1\r\nHost: localhost", new byte[0]), 400);
        assertProblem(raw.send("GET /api/v1/catalog HTTP/1.1\r\nHost: localhost\r\nNo colon here", new byte[0]), 400);
        assertOpenAiError(raw.send("GET /v1/models HTTP/1.1\r\nHost: localhost\r\nNo colon here", new byte[0]), 400);
        // A request target Tomcat cannot parse has no path to choose a format by: problem+json.
        assertProblem(raw.send("GET /v1/mod|els HTTP/1.1\r\nHost: localhost", new byte[0]), 400);
    }

    @Test
    void hugeHeadersAreProblems() {
        String huge = "X-Huge: " + "a".repeat(20_000);
        RawHttp.Response api = new RawHttp(port).get("/api/v1/catalog", huge);
        assertThat(api.status()).isIn(400, 431);
        assertThat(api.header("Content-Type")).hasValue("application/problem+json");
        RawHttp.Response gateway = new RawHttp(port).get("/v1/models", huge);
        assertThat(gateway.status()).isIn(400, 431);
        assertThat(gateway.body()).contains("\"error\"");
    }

    @Test
    void firewallRejectionsAreProblems() {
        assertProblem(new RawHttp(port).get("/api/v1/projects/%2e%2e/x"), 400);
        assertProblem(new RawHttp(port).get("/api/v1/catalog;x=1"), 400);
        assertOpenAiError(new RawHttp(port).get("/v1/models/%2F"), 400);
    }

    @Test
    void theErrorPageItselfIsNotFound() {
        Api.Response response = api.get("/error", null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        assertThat(api.send("POST", "/error", null, "{}").status()).isEqualTo(404);
    }

    @Test
    void headIsAnsweredWithoutABodyAndUnknownMethodsWithAllow() {
        Api.Response head = api.send("HEAD", "/api/v1/catalog", null, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.bytes()).isEmpty();
        Api.Response wrong = api.send("DELETE", "/api/v1/catalog", api.newUser().token(), null);
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.header("Allow")).isPresent().get().asString().contains("GET");
        assertThat(wrong.header("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void oversizedBodiesAre413BeforeAnythingReadsThem() {
        String big = "{\"email\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}";
        Api.Response login = api.post("/api/v1/auth/login", null, big);
        assertThat(login.status()).isEqualTo(413);
        assertThat(login.header("Content-Type")).hasValue("application/problem+json");
        assertThat(login.json().get("type").asString()).endsWith("/body-too-large");

        Api.Session user = api.newUser();
        long projects = count("projects");
        Api.Response project =
                api.post("/api/v1/projects", user.token(), Map.of("name", "x", "description", "d".repeat(1_100_000)));
        assertThat(project.status()).isEqualTo(413);
        assertThat(count("projects")).isEqualTo(projects);
    }

    @Test
    void chunkedBodiesAreCutAtTheLimit() {
        byte[] chunk = ("{\"name\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        String body = Integer.toHexString(chunk.length) + "\r\n" + new String(chunk, StandardCharsets.US_ASCII)
                + "\r\n0\r\n\r\n";
        RawHttp.Response response = new RawHttp(port)
                .send(
                        "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Transfer-Encoding: chunked",
                        body.getBytes(StandardCharsets.US_ASCII));
        assertProblem(response, 413);
    }

    @Test
    void gatewayBodiesMayBeLargerThanApiBodies() {
        Api.Session user = api.newUser();
        String key = api.post("/api/v1/keys", user.token(), Map.of("name", "big"))
                .json()
                .get("key")
                .asString();
        String prompt = "p".repeat(2_000_000);
        Api.Response accepted = api.post(
                "/v1/chat/completions",
                key,
                Map.of(
                        "model",
                        "no-such-model",
                        "messages",
                        java.util.List.of(Map.of("role", "user", "content", prompt))));
        assertThat(accepted.status()).isEqualTo(404);
        assertThat(accepted.json().get("error").get("code").asString()).isEqualTo("model_not_found");
        Api.Response tooLarge = api.post("/v1/chat/completions", key, "{\"x\":\"" + "p".repeat(33_600_000) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("error").get("type").asString()).isEqualTo("invalid_request_error");
    }

    private static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status);
    }

    private static void assertOpenAiError(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .as(response.toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\"").contains("\"type\"").contains("\"message\"");
    }
}
