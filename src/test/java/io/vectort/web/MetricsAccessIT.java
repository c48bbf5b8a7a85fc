package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.SecondNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Metrics and actuator endpoints: scrape token on the public port, or a separate management port. */
class MetricsAccessIT extends IntegrationTest {

    private static final List<String> OPERATIONS_PATHS =
            List.of("/api/metrics", "/actuator/prometheus", "/actuator/info");

    @Test
    void metricsNeedTheScrapeToken() {
        Api.Session user = api.newUser();
        for (String path : OPERATIONS_PATHS) {
            for (String token : new String[] {null, "not-the-token-at-all", user.token()}) {
                Api.Response refused = api.get(path, token);
                assertThat(refused.status()).as(path + " with " + token).isEqualTo(401);
                assertThat(refused.header("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(refused.header("WWW-Authenticate"))
                        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
                assertThat(refused.body()).doesNotContain("jvm_");
            }
        }
        assertThat(api.metrics().status()).isEqualTo(200);
        assertThat(api.metrics().body()).contains("jvm_memory_used_bytes");
        assertThat(api.get("/actuator/prometheus", Api.METRICS_TOKEN).body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void healthProbesStayOpenAndTellOnlyAStatus() {
        for (String path : List.of("/livez", "/readyz", "/actuator/health/liveness", "/actuator/health/readiness")) {
            Api.Response probe = api.get(path, null);
            assertThat(probe.status()).as(path).isEqualTo(200);
            assertThat(probe.json().propertyNames()).as(path).containsExactly("status");
        }
        assertThat(api.get("/actuator/health/db", null).status()).isEqualTo(401);
    }

    @Test
    void aManagementPortServesMetricsAndThePublicPortAnswersNotFound() {
        try (ConfigurableApplicationContext node =
                SecondNode.start(Map.of("management.server.port", "0", "vectort.web.metrics-token", ""))) {
            Api publicPort = new Api(SecondNode.port(node));
            Api managementPort = new Api(Integer.parseInt(node.getEnvironment().getProperty("local.management.port")));

            for (String path : OPERATIONS_PATHS) {
                for (String token : new String[] {null, Api.METRICS_TOKEN}) {
                    Api.Response hidden = publicPort.get(path, token);
                    assertThat(hidden.status()).as(path).isEqualTo(404);
                    assertThat(hidden.header("Content-Type"))
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                }
            }
            assertThat(publicPort.get("/livez", null).status()).isEqualTo(200);
            assertThat(publicPort.get("/readyz", null).status()).isEqualTo(200);

            Api.Response scraped = managementPort.get("/actuator/prometheus", null);
            assertThat(scraped.status()).isEqualTo(200);
            assertThat(scraped.body()).contains("vectort_jobs_due");
            assertThat(managementPort.get("/actuator/health/readiness", null).status())
                    .isEqualTo(200);
        }
    }
}
