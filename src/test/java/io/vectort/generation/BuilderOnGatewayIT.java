package io.vectort.generation;

import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.protocol.ProtocolWriter;
import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.ScriptedCodeGenerator;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Builder generations answered by an LLM through the gateway (a fake OpenAI upstream). */
class BuilderOnGatewayIT extends IntegrationTest {

    private Generations generations;
    private Api.Session user;

    @BeforeEach
    void setUp() {
        FakeUpstreams.reset();
        generations = new Generations(api);
        user = api.newUser();
    }

    @Test
    void generatesThroughTheGatewayAndRecordsDeploymentTokensAndCost() {
        OPENAI.enqueue(FakeReply.text(ScriptedCodeGenerator.threeFiles("LLM app"))
                .inChunks(25)
                .withUsage(500, 300));
        String project = generations.createProject(user, "AI");
        JsonNode accepted = generations.submit(user, project, generation("A small page", "builder-openai"));
        assertThat(accepted.get("generator").get("kind").asString()).isEqualTo("llm");

        JsonNode done = generations.awaitFinished(user, accepted.get("id").asString());
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("succeeded");
        JsonNode usage = done.get("usage");
        assertThat(usage.get("provider").asString()).isEqualTo("builder-openai");
        assertThat(usage.get("inputTokens").asLong()).isEqualTo(500);
        assertThat(usage.get("outputTokens").asLong()).isEqualTo(300);
        assertThat(usage.get("estimated").asBoolean()).isFalse();
        assertThat(new BigDecimal(usage.get("costUsd").asString())).isEqualByComparingTo("0.00068");
        assertThat(api.get("/api/v1/projects/" + project + "/versions/1/files/index.html", user.token())
                        .body())
                .contains("<title>LLM app</title>");

        JsonNode sent = OPENAI.lastRequest().json();
        assertThat(sent.get("messages").get(0).get("content").asString())
                .contains("<vt-file path=")
                .contains("<vt-end/>");
        assertThat(sent.get("messages").get(1).get("content").asString()).contains("A small page");
        assertThat(sent.get("stream").asBoolean()).isTrue();
    }

    @Test
    void continuesOutputCutOffByTheLengthLimitWithoutDuplicatingTheInterruptedLine() {
        String whole = ScriptedCodeGenerator.threeFiles("Long app");
        int cut = whole.indexOf("console.log") + 5; // in the middle of a line of src/app.js
        int lineStart = whole.lastIndexOf('\n', cut) + 1;
        OPENAI.enqueue(
                FakeReply.text(whole.substring(0, cut)).inChunks(10).finishing(FakeReply.Finish.LENGTH),
                FakeReply.text(whole.substring(lineStart)).inChunks(10));
        String project = generations.createProject(user, "Continued");
        String id = generations
                .submit(user, project, generation("A long page", "builder-openai"))
                .get("id")
                .asString();

        JsonNode done = generations.awaitFinished(user, id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("succeeded");
        assertThat(api.get("/api/v1/projects/" + project + "/versions/1/files/src/app.js", user.token())
                        .body())
                .isEqualTo("console.log('hello');\n");
        JsonNode continuation = OPENAI.requests().get(1).json().get("messages");
        assertThat(continuation.get(2).get("role").asString()).isEqualTo("assistant");
        assertThat(continuation.get(2).get("content").asString()).isEqualTo(whole.substring(0, lineStart));
        assertThat(continuation.get(3).get("content").asString()).contains("Continue exactly where it stopped");
    }

    @Test
    void followUpsSendTheFileListRelevantFilesAndEarlierRequestsNotTheHistory() {
        OPENAI.enqueue(FakeReply.text(ScriptedCodeGenerator.threeFiles("First")));
        String project = generations.createProject(user, "Follow-up");
        generations.awaitFinished(
                user,
                generations
                        .submit(user, project, generation("Make a page", "builder-openai"))
                        .get("id")
                        .asString());
        OPENAI.enqueue(FakeReply.text("<vt-patch path=\"index.html\">\n<vt-search>\n<h1>Hello</h1>\n</vt-search>\n"
                + "<vt-replace>\n<h1>Hi there</h1>\n</vt-replace>\n</vt-patch>\n<vt-summary>\nGreeting changed.\n"
                + "</vt-summary>\n<vt-end/>\n"));
        String second = generations
                .submit(user, project, generation("Change the greeting in index.html", "builder-openai"))
                .get("id")
                .asString();

        assertThat(generations.awaitFinished(user, second).get("version").asInt())
                .isEqualTo(2);
        JsonNode messages = OPENAI.lastRequest().json().get("messages");
        assertThat(messages).hasSize(2);
        String prompt = messages.get(1).get("content").asString();
        assertThat(prompt)
                .contains("1. Make a page")
                .contains("- notes.txt (6 characters)")
                .contains("<vt-file path=\"index.html\">\n<!doctype html>")
                .contains("Change the greeting in index.html");
        assertThat(api.get("/api/v1/projects/" + project + "/versions/2/files/index.html", user.token())
                        .body())
                .contains("<h1>Hi there</h1>");
    }

    @Test
    void aLongProjectsOlderTurnsAreCondensedByTheModelWhichIsChargedWithTheGeneration() {
        // Fifteen generations in a row: a plan without a per-minute limit.
        api.get("/api/v1/billing/balance", user.token());
        jdbc.sql("update billing_accounts set plan_id = 'enterprise' where org_id = :org")
                .param("org", user.userId())
                .update();
        String project = generations.createProject(user, "Long-lived");
        for (int turn = 1; turn <= 12; turn++) {
            OPENAI.enqueue(FakeReply.text(turn == 1 ? ScriptedCodeGenerator.threeFiles("Long") : note(turn)));
            followUp(project, turn);
        }

        // 13th: six turns are older than the quoted six, but the condensing call fails: the follow-up
        // still succeeds, telling them by their version summaries.
        int before = OPENAI.requests().size();
        OPENAI.enqueue(FakeReply.error(400), FakeReply.text(note(13)));
        followUp(project, 13);
        assertThat(OPENAI.requests()).hasSize(before + 2);
        assertThat(promptOf(OPENAI.lastRequest().json()))
                .contains("Earlier changes, in short:\n1. Three files for Long\n")
                .contains("2. Note 2 added.")
                .doesNotContain("condensed");

        // 14th: seven older turns and no summary yet: the model condenses them first.
        before = OPENAI.requests().size();
        OPENAI.enqueue(
                FakeReply.text("A plain page whose notes one to seven each say hello.")
                        .withUsage(1000, 100),
                FakeReply.text(note(14)).withUsage(500, 300));
        JsonNode fourteenth = followUp(project, 14);
        assertThat(OPENAI.requests()).hasSize(before + 2);
        JsonNode condensing = OPENAI.requests().get(before).json();
        assertThat(condensing.path("stream").asBoolean(false)).isFalse();
        assertThat(condensing.get("messages").get(0).get("content").asString())
                .contains("keep the history of a software project short");
        assertThat(condensing.get("messages").get(1).get("content").asString())
                .contains("1. Request 1: make the page — done: Three files for Long\n")
                .contains("7. Request 7: add note 7 — done: Note 7 added.")
                .doesNotContain("8. Request 8")
                .endsWith("Write the updated summary of changes 1 to 7.");
        assertThat(promptOf(OPENAI.lastRequest().json()))
                .contains("Changes 1 to 7, condensed:\nA plain page whose notes one to seven each say hello.\n")
                .contains("8. Request 8: add note 8")
                .doesNotContain("Three files for Long")
                .doesNotContain("Earlier changes, in short:");
        JsonNode usage = fourteenth.get("usage");
        assertThat(usage.get("inputTokens").asLong()).isEqualTo(1500);
        assertThat(usage.get("outputTokens").asLong()).isEqualTo(400);
        // gpt-4.1-mini: 1,500 tokens in at $0.40/M plus 400 out at $1.60/M.
        assertThat(new BigDecimal(usage.get("costUsd").asString())).isEqualByComparingTo("0.00124");

        // 15th: one more older turn is not enough for a new call; the kept summary is told.
        before = OPENAI.requests().size();
        OPENAI.enqueue(FakeReply.text(note(15)));
        followUp(project, 15);
        assertThat(OPENAI.requests()).hasSize(before + 1);
        assertThat(promptOf(OPENAI.lastRequest().json()))
                .contains("Changes 1 to 7, condensed:\nA plain page whose notes one to seven each say hello.\n")
                .contains("Earlier changes, in short:\n8. Note 8 added.\n")
                .contains("14. Request 14: add note 14");
    }

    private JsonNode followUp(String project, int turn) {
        String description = turn == 1 ? "Request 1: make the page" : "Request " + turn + ": add note " + turn;
        String id = generations
                .submit(user, project, generation(description, "builder-openai"))
                .get("id")
                .asString();
        JsonNode done = generations.awaitFinished(user, id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("succeeded");
        return done;
    }

    private static String note(int turn) {
        return new ProtocolWriter()
                .file("notes/" + turn + ".txt", "hello " + turn + "\n")
                .summary("Note " + turn + " added.")
                .end()
                .toString();
    }

    private static String promptOf(JsonNode request) {
        JsonNode messages = request.get("messages");
        return messages.get(messages.size() - 1).get("content").asString();
    }

    @Test
    void aProviderRefusalFailsTheGenerationWithItsReason() {
        OPENAI.enqueue(FakeReply.error(400));
        String project = generations.createProject(user, "Refused");
        String id = generations
                .submit(user, project, generation("Anything", "builder-openai"))
                .get("id")
                .asString();
        JsonNode failed = generations.awaitFinished(user, id);
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("error").get("code").asString()).isEqualTo("provider_bad_request");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
    }

    private static Map<String, Object> generation(String description, String model) {
        return Map.of("description", description, "framework", "html", "type", "landing", "model", model);
    }
}
