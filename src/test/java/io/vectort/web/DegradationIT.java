package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.SecondNode;
import io.vectort.support.TcpProxy;
import io.vectort.support.TestDirs;
import io.vectort.support.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node whose PostgreSQL and Redis sit behind relays the test cuts: Redis down degrades (per-node
 * limits, a metric, readiness still 200), PostgreSQL down answers a fast 503 and recovers by
 * itself, with nothing lost.
 */
class DegradationIT extends IntegrationTest {

    private TcpProxy database;
    private TcpProxy redis;
    private ConfigurableApplicationContext node;
    private Api nodeApi;

    private void startNode(boolean withRedis) throws Exception {
        database = new TcpProxy(5432);
        String url = databaseUrl.replace("127.0.0.1:5432", "127.0.0.1:" + database.port());
        assertThat(url).contains(":" + database.port() + "/");
        Map<String, String> overrides = new HashMap<>(
                Map.of("vectort.database.url", url, "vectort.preview.dir", TestDirs.previews("degraded")));
        if (withRedis) {
            redis = new TcpProxy(6379);
            overrides.put("vectort.redis.url", "redis://127.0.0.1:" + redis.port());
        }
        node = SecondNode.start(overrides);
        nodeApi = new Api(SecondNode.port(node));
    }

    @AfterEach
    void stopNode() throws Exception {
        if (node != null) {
            if (database != null) {
                database.restore();
            }
            node.close();
        }
        if (database != null) {
            database.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void withoutRedisTheNodeKeepsServingWithLocalLimitsAndSaysItIsDegraded() throws Exception {
        assumeTrue(TestRedis.url().isPresent(), "needs the Redis on 127.0.0.1:6379");
        startNode(true);
        Api.Session user = nodeApi.newUser();
        Generations generations = new Generations(nodeApi);
        assertThat(readiness()).isEqualTo("200 UP");
        assertThat(metric("vectort_redis_up")).isEqualTo(1);

        redis.cut();
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness().equals("200 DEGRADED"));
        assertThat(metric("vectort_redis_up")).isZero();
        for (int i = 0; i < 3; i++) {
            String project = generations.createProject(user, "No Redis " + i);
            Api.Response accepted = nodeApi.post(
                    "/api/v1/projects/" + project + "/generate",
                    user.token(),
                    Generations.request("A todo list", "html", "todo"));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            assertThat(generations
                            .awaitFinished(user, accepted.json().get("id").asString())
                            .get("status")
                            .asString())
                    .isEqualTo("succeeded");
        }
        assertThat(metric("vectort_ratelimit_redis_fallbacks_total")).isPositive();

        redis.restore();
        await().atMost(Duration.ofSeconds(15)).until(() -> readiness().equals("200 UP"));
    }

    @Test
    void withoutPostgresTheNodeAnswersAFast503AndRecoversWithNothingLost() throws Exception {
        startNode(false);
        Api.Session user = nodeApi.newUser();
        String project = new Generations(nodeApi).createProject(user, "Survivor");

        database.cut();
        Instant asked = Instant.now();
        Api.Response refused = nodeApi.get("/api/v1/projects", user.token());
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(readiness()).startsWith("503");

        database.restore();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> nodeApi.get("/api/v1/projects", user.token()).status() == 200);
        assertThat(nodeApi.get("/api/v1/projects", user.token()).body()).contains(project);
        assertThat(readiness()).isEqualTo("200 UP");
        assertThat(nodeApi.post("/api/v1/projects", user.token(), Map.of("name", "After"))
                        .status())
                .isEqualTo(201);
    }

    private String readiness() {
        Api.Response health = nodeApi.get("/actuator/health/readiness", null);
        return health.status() + " " + health.json().get("status").asString();
    }

    private double metric(String name) {
        return nodeApi.metric(name, "");
    }
}
