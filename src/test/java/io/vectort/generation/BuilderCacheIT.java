package io.vectort.generation;

import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.billing.CreditLedger;
import io.vectort.jobs.RecurringJob;
import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.ScriptedCodeGenerator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The response cache in the Builder: a repeated request is replayed at once, for free. */
class BuilderCacheIT extends IntegrationTest {

    @Autowired
    List<RecurringJob> recurringJobs;

    @Autowired
    CreditLedger ledger;

    private Generations generations;
    private Api.Session user;

    @BeforeEach
    void setUp() {
        FakeUpstreams.reset();
        generations = new Generations(api);
        user = api.newUser();
    }

    @Test
    void theSameRequestInAnotherProjectIsReplayedFromTheCacheForNothing() {
        OPENAI.enqueue(
                FakeReply.text(ScriptedCodeGenerator.threeFiles("Cached app")).withUsage(500, 300));
        JsonNode first = run(user, "A page about cached apps", false);
        assertThat(first.get("cacheHit").isNull()).isTrue();
        String ledgerBefore = ledger(user);
        String balanceBefore = availableCredits(user);

        JsonNode second = run(user, "  a PAGE about   cached apps ", false);

        assertThat(second.get("status").asString()).isEqualTo("succeeded");
        assertThat(second.get("cacheHit").asString()).isIn("l1", "l2", "l3");
        assertThat(second.get("usage").get("provider").asString()).isEqualTo("cache");
        assertThat(second.get("usage").get("costUsd").decimalValue()).isZero();
        assertThat(OPENAI.requests()).hasSize(1);
        assertThat(availableCredits(user)).isEqualTo(balanceBefore);
        assertThat(ledger(user)).isEqualTo(ledgerBefore);
        assertThat(file(user, second, "index.html")).isEqualTo(file(user, first, "index.html"));
    }

    @Test
    void forceRegenerateBypassesTheCacheAndAnotherOrganisationNeverSeesIt() {
        OPENAI.enqueue(
                FakeReply.text(ScriptedCodeGenerator.threeFiles("One")),
                FakeReply.text(ScriptedCodeGenerator.threeFiles("Two")),
                FakeReply.text(ScriptedCodeGenerator.threeFiles("Three")));
        run(user, "A forced page", false);

        JsonNode forced = run(user, "A forced page", true);
        assertThat(forced.get("cacheHit").isNull()).isTrue();
        assertThat(file(user, forced, "index.html")).contains("<title>Two</title>");

        Api.Session stranger = api.newUser();
        JsonNode theirs = run(stranger, "A forced page", false);
        assertThat(theirs.get("cacheHit").isNull()).isTrue();
        assertThat(file(stranger, theirs, "index.html")).contains("<title>Three</title>");
        assertThat(OPENAI.requests()).hasSize(3);

        JsonNode again = run(user, "A forced page", false);
        assertThat(again.get("cacheHit").isNull()).isFalse();
        assertThat(file(user, again, "index.html")).contains("<title>Two</title>");
    }

    @Test
    void similarPromptsAreServedOnlyToOrganisationsThatOptedInAndNeverForADifferentRequest() {
        OPENAI.enqueue(
                FakeReply.text(ScriptedCodeGenerator.threeFiles("Dark")),
                FakeReply.text(ScriptedCodeGenerator.threeFiles("Paraphrase")),
                FakeReply.text(ScriptedCodeGenerator.threeFiles("Light")));
        run(user, "Build a todo app with dark mode", false);

        JsonNode notOptedIn = run(user, "Create a simple todo application with dark mode", false);
        assertThat(notOptedIn.get("cacheHit").isNull()).isTrue();

        assertThat(api.send("PUT", "/api/v1/cache/settings", user.token(), Map.of("similar_prompts", true))
                        .status())
                .isEqualTo(200);
        JsonNode paraphrase = run(user, "Make a todo app with dark mode", false);
        assertThat(paraphrase.get("cacheHit").asString()).isEqualTo("similar");
        assertThat(file(user, paraphrase, "index.html")).contains("<title>Dark</title>");

        JsonNode opposite = run(user, "Build a todo app without dark mode", false);
        assertThat(opposite.get("cacheHit").isNull()).isTrue();
        assertThat(file(user, opposite, "index.html")).contains("<title>Light</title>");
        assertThat(OPENAI.requests()).hasSize(3);
    }

    @Test
    void aPopularPromptAboutToExpireIsRegeneratedAheadAndChargedToItsOrganisation() throws Exception {
        OPENAI.enqueue(
                FakeReply.text(ScriptedCodeGenerator.threeFiles("Old")).withUsage(500, 300),
                FakeReply.text(ScriptedCodeGenerator.threeFiles("Fresh")).withUsage(500, 300));
        JsonNode first = run(user, "A popular page", false);
        String key = jdbc.sql("select cache_key from generations where id = :id")
                .param("id", java.util.UUID.fromString(first.get("id").asString()))
                .query(String.class)
                .single();
        jdbc.sql("update cache_entries set hits = 50, expires_at = now() + interval '1 hour'"
                        + " where scope = :scope and hash = :hash")
                .param("scope", user.userId())
                .param("hash", key)
                .update();
        long before = ledger.balance(user.userId()).availableMicros();

        recurringJobs.stream()
                .filter(job -> job.name().equals("cache-warming"))
                .findFirst()
                .orElseThrow()
                .run();

        assertThat(OPENAI.requests()).hasSize(2);
        assertThat(ledger.balance(user.userId())).isEqualTo(new io.vectort.billing.Balance("free", before - 680, 0));
        assertThat(jdbc.sql("select expires_at > now() + interval '29 days' from cache_entries"
                                + " where scope = :scope and hash = :hash")
                        .param("scope", user.userId())
                        .param("hash", key)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        JsonNode again = run(user, "A popular page", false);
        assertThat(again.get("cacheHit").isNull()).isFalse();
        assertThat(file(user, again, "index.html")).contains("<title>Fresh</title>");
        assertThat(OPENAI.requests()).hasSize(2);
    }

    @Test
    void theOfflineStarterIsNeverCached() {
        Map<String, Object> request = Generations.request("A todo list", "html", "todo");
        for (int i = 0; i < 2; i++) {
            String project = generations.createProject(user, "Starter " + i);
            String id = generations.submit(user, project, request).get("id").asString();
            JsonNode done = generations.awaitFinished(user, id);
            assertThat(done.get("cacheHit").isNull()).isTrue();
            assertThat(done.get("usage").get("provider").asString()).isNotEqualTo("cache");
        }
    }

    private JsonNode run(Api.Session owner, String description, boolean force) {
        String project = generations.createProject(owner, description);
        Map<String, Object> body = new HashMap<>(
                Map.of("description", description, "framework", "html", "type", "landing", "model", "builder-openai"));
        body.put("force_regenerate", force);
        String id = generations.submit(owner, project, body).get("id").asString();
        JsonNode done = generations.awaitFinished(owner, id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("succeeded");
        return done;
    }

    private String file(Api.Session owner, JsonNode generation, String path) {
        return api.get(
                        "/api/v1/projects/" + generation.get("projectId").asString() + "/versions/"
                                + generation.get("version").asInt() + "/files/" + path,
                        owner.token())
                .body();
    }

    private String availableCredits(Api.Session owner) {
        return api.get("/api/v1/billing/balance", owner.token())
                .json()
                .get("availableCredits")
                .asString();
    }

    private String ledger(Api.Session owner) {
        return api.get("/api/v1/billing/ledger", owner.token())
                .json()
                .get("items")
                .toString();
    }
}
