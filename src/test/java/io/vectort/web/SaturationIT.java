package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With every database connection busy, requests are refused with a retryable 503 that says so —
 * never a 500 — and the refused request stores nothing.
 */
class SaturationIT extends IntegrationTest {

    @Autowired
    HikariDataSource pool;

    @Test
    void aSaturatedPoolAnswers503OverloadedAndStoresNothing() throws Exception {
        Api.Session user = api.newUser();
        String key = api.post("/api/v1/keys", user.token(), Map.of("name", "saturation"))
                .json()
                .get("key")
                .asString();
        long projects = count("projects");
        Api.Response refused;
        Api.Response refusedOnV1;
        List<Connection> held = holdEveryConnection();
        try {
            refused = api.post("/api/v1/projects", user.token(), Map.of("name", "Refused"));
            refusedOnV1 = api.send(
                    "POST",
                    "/v1/chat/completions",
                    key,
                    Map.of("model", "gateway-openai", "messages", List.of(Map.of("role", "user", "content", "hi"))));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.header("Retry-After")).contains("2");
        assertThat(refused.json().get("type").asString()).endsWith("/overloaded");
        assertThat(refusedOnV1.status()).as(refusedOnV1.body()).isEqualTo(503);
        assertThat(refusedOnV1.json().get("error").get("code").asString()).isEqualTo("overloaded");
        assertThat(refusedOnV1.header("Retry-After")).contains("2");
        assertThat(count("projects")).isEqualTo(projects);

        assertThat(api.post("/api/v1/projects", user.token(), Map.of("name", "Accepted"))
                        .status())
                .isEqualTo(201);
    }

    private List<Connection> holdEveryConnection() throws Exception {
        List<Connection> held = new ArrayList<>();
        int free = pool.getMaximumPoolSize() - pool.getHikariPoolMXBean().getActiveConnections();
        for (int i = 0; i < free; i++) {
            held.add(pool.getConnection());
        }
        return held;
    }
}
