package io.vectort.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.ScriptedCodeGenerator;
import io.vectort.support.SecondNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A node that is stopped while it runs a generation either finishes it before it goes (its
 * shutdown wait allows) or hands it over: another node resumes it, and it ends once, with one
 * version.
 */
class GracefulShutdownIT extends IntegrationTest {

    @Test
    void aStoppingNodeFinishesTheGenerationItRuns() {
        JsonNode done = stopWhileRunning("10s", "Drained " + System.nanoTime());
        assertThat(done.get("status").asString()).isEqualTo("succeeded");
        assertThat(done.get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void aNodeThatCannotWaitHandsTheGenerationOver() {
        JsonNode done = stopWhileRunning("200ms", "Handed over " + System.nanoTime());
        assertThat(done.get("status").asString()).isEqualTo("succeeded");
        assertThat(done.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
    }

    private JsonNode stopWhileRunning(String shutdownWait, String description) {
        Api.Session user = api.newUser();
        Generations generations = new Generations(api);
        String project = generations.createProject(user, description);
        String id;
        ConfigurableApplicationContext second = SecondNode.start(Map.of("vectort.jobs.shutdown-wait", shutdownWait));
        try {
            Api other = new Api(SecondNode.port(second));
            id = new Generations(other)
                    .submit(
                            user,
                            project,
                            Map.of(
                                    "description",
                                    description,
                                    "framework",
                                    "html",
                                    "type",
                                    "landing",
                                    "model",
                                    "test-steady"))
                    .get("id")
                    .asString();
            await().atMost(Duration.ofSeconds(5)).until(() -> ScriptedCodeGenerator.RAN_ON.containsKey(description));
            assumeTrue(
                    ScriptedCodeGenerator.RAN_ON.get(description) == second.getBean(ScriptedCodeGenerator.class),
                    "the node that submitted it also runs it (immediate execution)");
        } finally {
            second.close();
        }
        JsonNode done = generations.awaitFinished(user, id);
        assertThat(api.get("/api/v1/projects/" + project + "/versions", user.token())
                        .json())
                .hasSize(1);
        assertThat(generations.follow(user, id).events().stream()
                        .filter(e -> e.event().equals("status"))
                        .filter(e -> e.json().get("status").asString().equals("succeeded")))
                .hasSize(1);
        return done;
    }
}
