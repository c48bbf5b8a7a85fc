package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT extends IntegrationTest {

    @Test
    void healthHasLivenessAndReadinessIncludingTheDatabase() {
        assertThat(api.get("/actuator/health/liveness", null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness", null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(api.get("/actuator/health", null).json().get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void exposesGenerationMetricsInPrometheusFormat() {
        Generations generations = new Generations(api);
        Api.Session user = api.newUser();
        String project = generations.createProject(user, "Metrics");
        String id = generations
                .submit(user, project, Generations.request("Metrics", "html", "landing"))
                .get("id")
                .asString();
        generations.awaitFinished(user, id);

        Api.Response metrics = api.metrics();
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/plain"));
        String body = metrics.body();
        assertThat(body)
                .containsPattern(
                        "vectort_generations_total\\{[^}]*framework=\"html\"[^}]*provider=\"offline-starter\"[^}]*status=\"succeeded\"[^}]*} [1-9]");
        assertThat(body).contains("vectort_generation_duration_seconds_count{");
        assertThat(body).contains("vectort_generation_dispatch_seconds_bucket{");
        assertThat(body).contains("vectort_jobs_due");
    }

    @Test
    void logsAreJsonWithRequestUserProjectAndGenerationIds(CapturedOutput output) {
        Generations generations = new Generations(api);
        Api.Session user = api.newUser();
        String project = generations.createProject(user, "Logs");
        String id = generations
                .submit(user, project, Generations.request("Logs", "test-chunky"))
                .get("id")
                .asString();
        generations.awaitFinished(user, id);

        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = output.getOut()
                .lines()
                .filter(line -> line.startsWith("{") && line.contains(id))
                .map(json::readTree)
                .toList();
        JsonNode queued = lines.stream()
                .filter(l -> l.get("message").asString().contains("queued"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no 'queued' log line for " + id + " in: " + output.getOut()));
        assertThat(queued.get("requestId").asString()).isNotBlank();
        assertThat(queued.get("userId").asString()).isEqualTo(user.userId().toString());
        assertThat(queued.get("projectId").asString()).isEqualTo(project);
        assertThat(queued.get("generationId").asString()).isEqualTo(id);
        JsonNode started = lines.stream()
                .filter(l -> l.get("message").asString().contains("started"))
                .findFirst()
                .orElseThrow();
        assertThat(started.get("generationId").asString()).isEqualTo(id);
        // The job acts for the organisation (here the user's personal one, which has the user's id).
        assertThat(started.get("orgId").asString()).isEqualTo(user.userId().toString());
    }

    @Test
    void publishesTheOpenApiDocumentAndSwaggerUi() {
        JsonNode openapi = api.get("/api/docs/openapi.json", null).json();
        assertThat(openapi.get("paths").propertyNames())
                .contains(
                        "/api/v1/auth/register",
                        "/api/v1/projects",
                        "/api/v1/projects/{projectId}/generate",
                        "/api/v1/generations/{id}/events",
                        "/api/v1/projects/{id}/versions/{version}/archive.zip");
        Api.Response docs = api.get("/api/docs", null);
        assertThat(docs.status()).isEqualTo(302);
        String swaggerUi = docs.header("Location").orElseThrow();
        assertThat(api.get(swaggerUi.replaceFirst("^https?://[^/]+", ""), null).body())
                .contains("Swagger UI");
    }
}
