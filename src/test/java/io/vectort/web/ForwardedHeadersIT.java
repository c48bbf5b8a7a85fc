package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.HttpFromAddress;
import io.vectort.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Forwarding headers count only from a trusted proxy: the shared test context trusts 127.0.0.1 (the
 * address {@link Api} connects from); a client bound to 127.0.0.2 is just another client.
 */
class ForwardedHeadersIT extends IntegrationTest {

    private static final String SPOOFED_HOST = "evil.example";

    @Test
    void aClientThatIsNotAProxyCannotPickItsAddressToEscapeTheSignUpLimit() {
        HttpFromAddress untrusted = new HttpFromAddress(port, "127.0.0.2");
        List<Integer> statuses = new ArrayList<>();
        // 50 sign-ups per address and hour in tests; each attempt claims another address.
        for (int i = 0; i <= 50 && !statuses.contains(429); i++) {
            statuses.add(untrusted
                    .send("POST", "/api/v1/auth/register", tooShortPassword(), "X-Forwarded-For", "10.9.8." + i)
                    .status());
        }
        assertThat(statuses).as("one bucket for the connection's own address").contains(429);
    }

    @Test
    void aTrustedProxyReportsTheClientAddress() {
        HttpFromAddress proxy = new HttpFromAddress(port, "127.0.0.1");
        String client = "10.77." + (int) (Math.random() * 250) + ".";
        for (int i = 0; i <= 55; i++) {
            // Every client behind the proxy has its own bucket; an address left of an untrusted hop is ignored.
            Api.Response answer = proxy.send(
                    "POST", "/api/v1/auth/register", tooShortPassword(), "X-Forwarded-For", "1.2.3.4, " + client + i);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        }
    }

    @Test
    void theSchemeComesFromATrustedProxyOnly() {
        Api.Session user = api.newUser();
        String credentials = "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(user.email(), user.password());

        Api.Response viaProxy = new HttpFromAddress(port, "127.0.0.1")
                .send(
                        "POST",
                        "/api/v1/auth/login",
                        credentials,
                        "X-Forwarded-Proto",
                        "https",
                        "X-Requested-With",
                        "vectort");
        assertThat(viaProxy.header("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(viaProxy.header("Strict-Transport-Security")).isPresent();

        Api.Response direct = new HttpFromAddress(port, "127.0.0.2")
                .send(
                        "POST",
                        "/api/v1/auth/login",
                        credentials,
                        "X-Forwarded-Proto",
                        "https",
                        "X-Requested-With",
                        "vectort");
        assertThat(direct.status()).isEqualTo(200);
        assertThat(direct.header("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(direct.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aSpoofedHostAppearsInNoLink() {
        Api.Session user = api.newUser();
        Generations generations = new Generations(api);
        String project = generations.createProject(user, "Links");
        String id = generations
                .submit(user, project, Generations.request("A simple todo app", "html", "todo"))
                .get("id")
                .asString();
        generations.awaitFinished(user, id);

        for (String peer : List.of("127.0.0.1", "127.0.0.2")) {
            HttpFromAddress http = new HttpFromAddress(port, peer);
            Api.Response export = http.send(
                    "POST",
                    "/api/v1/projects/" + project + "/export/zip",
                    "{}",
                    "Host",
                    SPOOFED_HOST,
                    "X-Forwarded-Host",
                    SPOOFED_HOST,
                    "Authorization",
                    "Bearer " + user.token());
            assertThat(export.status()).as(export.body()).isEqualTo(200);
            // No VECTORT_PUBLIC_URL in tests: the link is relative to this server.
            assertThat(export.json().get("download_url").asString()).startsWith("/api/v1/projects/" + project);

            Api.Response openApi = http.send("GET", "/api/docs/openapi.json", null, "Host", SPOOFED_HOST);
            assertThat(openApi.status()).isEqualTo(200);
            assertThat(openApi.body()).doesNotContain(SPOOFED_HOST);

            Api.Response docs = http.send("GET", "/api/docs", null, "Host", SPOOFED_HOST);
            assertThat(docs.headers().toString()).doesNotContain(SPOOFED_HOST);
        }
    }

    private static String tooShortPassword() {
        // Refused after the rate limit is taken, before any password hashing: cheap to send often.
        return "{\"email\":\"u-%s@example.com\",\"password\":\"short\"}".formatted(UUID.randomUUID());
    }
}
