package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.SecondNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A node checks its dependencies when it starts and names the one it cannot reach. */
class StartupChecksIT extends IntegrationTest {

    @Test
    void refusesToStartWithoutItsDatabaseAndSaysWhichOne() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/vectort";

        assertThatThrownBy(() -> SecondNode.start(Map.of("vectort.database.url", url)))
                .satisfies(e -> assertThat(allMessages(e))
                        .contains("Cannot reach the PostgreSQL database at " + url)
                        .contains("VECTORT_DATABASE_URL"));
    }

    @Test
    void startsDegradedWhenRedisDoesNotAnswer() throws IOException {
        try (ConfigurableApplicationContext node =
                SecondNode.start(Map.of("vectort.redis.url", "redis://127.0.0.1:" + closedPort()))) {
            Api.Response readiness = new Api(SecondNode.port(node)).get("/actuator/health/readiness", null);
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.json().get("status").asString()).isEqualTo("DEGRADED");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String allMessages(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
