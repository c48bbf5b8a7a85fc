package io.vectort.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.jobs.RecurringJob;
import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The retention purges of the LLM call log, of daily cache statistics and of old generations' events: what is older than the
 * retention goes, what is newer stays, and an old generation still reads and replays to its end.
 */
class RetentionIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<RecurringJob> recurringJobs;

    @Test
    void llmCallsOlderThanTheRetentionAreDeletedAndNewerOnesKept() throws Exception {
        UUID old = insertCall(Instant.now().minus(Duration.ofDays(401)));
        UUID recent = insertCall(Instant.now().minus(Duration.ofDays(399)));

        job("llm-call-log-retention").run();

        assertThat(callExists(old)).isFalse();
        assertThat(callExists(recent)).isTrue();
    }

    @Test
    void dailyCacheStatisticsOlderThanTheRetentionAreDeletedAndNewerDaysKept() throws Exception {
        UUID scope = UUID.randomUUID();
        for (int daysAgo : new int[] {401, 399, 0}) {
            jdbc.sql("""
                            insert into cache_stats (scope, day, cache_type, l1_hits, l2_hits, l3_hits, similar_hits, misses)
                            values (:scope, current_date - :days, 'builder', 1, 0, 0, 0, 1)""").param("scope", scope).param("days", daysAgo).update();
        }

        job("cache-archive-purge").run();

        assertThat(jdbc.sql("select current_date - day from cache_stats where scope = :scope order by day")
                        .param("scope", scope)
                        .query(Integer.class)
                        .list())
                .containsExactly(399, 0);
    }

    @Test
    void anOldGenerationKeepsItsFinalStatusAndVersionButNotItsStreamedEvents() throws Exception {
        Api.Session user = api.newUser();
        Generations generations = new Generations(api);
        String project = generations.createProject(user, "Old");
        String oldId = generations
                .submit(user, project, Generations.request("A reading list", "html", "todo"))
                .get("id")
                .asString();
        generations.awaitFinished(user, oldId);
        String recentId = generations
                .submit(user, project, Generations.request("Add a search box", "html", "todo"))
                .get("id")
                .asString();
        generations.awaitFinished(user, recentId);
        long oldEvents = events(oldId);
        long recentEvents = events(recentId);
        assertThat(oldEvents).isGreaterThan(3);
        jdbc.sql("update generations set finished_at = now() - interval '91 days' where id = :id")
                .param("id", UUID.fromString(oldId))
                .update();

        job("generation-event-retention").run();

        assertThat(events(oldId)).isEqualTo(1);
        assertThat(events(recentId)).isEqualTo(recentEvents);
        JsonNode replay = lastEvent(user, oldId, generations);
        assertThat(replay.get("status").asString()).isEqualTo("succeeded");
        JsonNode old = api.get("/api/v1/generations/" + oldId, user.token()).json();
        assertThat(old.get("status").asString()).isEqualTo("succeeded");
        assertThat(old.get("version").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/projects/" + project + "/versions/1/files", user.token())
                        .status())
                .isEqualTo(200);
    }

    private JsonNode lastEvent(Api.Session user, String generationId, Generations generations) {
        Api.SseResponse stream = generations.follow(user, generationId);
        assertThat(stream.events()).hasSize(1);
        return stream.events().get(0).json();
    }

    private RecurringJob job(String name) {
        return recurringJobs.stream()
                .filter(j -> j.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private long events(String generationId) {
        return jdbc.sql("select count(*) from event_log where stream_id = :id")
                .param("id", UUID.fromString(generationId))
                .query(Long.class)
                .single();
    }

    private UUID insertCall(Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into llm_calls (id, occurred_at, source, requested_model, status, input_tokens,
                            output_tokens, usage_estimated, cost_usd, latency_ms, fallbacks, route_reason)
                        values (:id, :at, 'api', 'gpt-4.1-mini', 'ok', 10, 10, false, 0.001, 5, 0, 'test')""").param("id", id).param("at", Timestamp.from(at)).update();
        return id;
    }

    private boolean callExists(UUID id) {
        return jdbc.sql("select count(*) from llm_calls where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                == 1;
    }
}
