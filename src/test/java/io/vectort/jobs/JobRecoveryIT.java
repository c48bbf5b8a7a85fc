package io.vectort.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.billing.Balance;
import io.vectort.billing.CreditLedger;
import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.ScriptedCodeGenerator;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A node that dies mid-generation leaves its job claimed, with a heartbeat that stops. The state
 * it leaves is recreated in the database, exactly as a killed process leaves it; a live node must
 * revive the job and finish the generation once.
 */
class JobRecoveryIT extends IntegrationTest {

    @Autowired
    CreditLedger ledger;

    @Test
    void aGenerationInterruptedByACrashedNodeIsResumedAndCompletesOnce() {
        Generations generations = new Generations(api);
        Api.Session user = api.newUser();
        String project = generations.createProject(user, "Crash");
        UUID id = UUID.randomUUID();
        Instant longAgo = Instant.now().minusSeconds(600);
        jdbc.sql("""
                        insert into generations (id, project_id, org_id, description, framework, app_type,
                            generator_id, generator_kind, generator_label, status, attempts, base_version,
                            created_at, started_at)
                        values (:id, :project, :owner, 'A todo list', 'html', 'todo',
                            'offline-starter', 'starter', 'Offline starter (not AI)', 'running', 1, 0, :at, :at)""")
                .param("id", id)
                .param("project", UUID.fromString(project))
                .param("owner", user.userId())
                .param("at", Timestamp.from(longAgo))
                .update();
        jdbc.sql("""
                        insert into event_log (stream_id, seq, type, data) values
                            (:id, 1, 'status', '{"status":"queued","attempt":0}'),
                            (:id, 2, 'status', '{"status":"running","attempt":1}'),
                            (:id, 3, 'file_started', '{"path":"index.html","operation":"write"}')""").param("id", id).update();
        jdbc.sql("""
                        insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
                            last_heartbeat, consecutive_failures, version)
                        values ('generation', :id, :at, true, 'crashed-node', :at, 0, 1)""")
                .param("id", id.toString())
                .param("at", Timestamp.from(longAgo))
                .update();

        JsonNode done = generations.awaitFinished(user, id.toString());

        assertThat(done.get("status").asString()).isEqualTo("succeeded");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(done.get("version").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/projects/" + project + "/versions", user.token())
                        .json())
                .hasSize(1);
        List<String> statuses = generations.follow(user, id.toString()).events().stream()
                .filter(e -> e.event().equals("status"))
                .map(e -> e.json().get("status").asString())
                .toList();
        assertThat(statuses).containsExactly("queued", "running", "running", "succeeded");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = :id")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPaidGenerationResumedAfterACrashIsChargedExactlyOnce() {
        FakeUpstreams.reset();
        FakeUpstreams.OPENAI.enqueue(
                FakeReply.text(ScriptedCodeGenerator.threeFiles("Resumed")).withUsage(500, 300));
        Generations generations = new Generations(api);
        Api.Session user = api.newUser();
        String project = generations.createProject(user, "Paid crash");
        UUID id = UUID.randomUUID();
        long held = 30_000;
        Instant longAgo = Instant.now().minusSeconds(600);
        jdbc.sql("""
                        insert into generations (id, project_id, org_id, description, framework, app_type, model,
                            generator_id, generator_kind, generator_label, status, attempts, base_version,
                            created_at, started_at, reserved_micros)
                        values (:id, :project, :owner, 'A paid page', 'html', 'landing', 'builder-openai',
                            'llm', 'llm', 'AI model', 'running', 1, 0, :at, :at, :held)""")
                .param("id", id)
                .param("project", UUID.fromString(project))
                .param("owner", user.userId())
                .param("at", Timestamp.from(longAgo))
                .param("held", held)
                .update();
        ledger.reserve(user.userId(), held, "generation:" + id + ":reserve", "generation " + id);
        jdbc.sql("""
                        insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
                            last_heartbeat, consecutive_failures, version)
                        values ('generation', :id, :at, true, 'crashed-node', :at, 0, 1)""")
                .param("id", id.toString())
                .param("at", Timestamp.from(longAgo))
                .update();

        JsonNode done = generations.awaitFinished(user, id.toString());

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("succeeded");
        assertThat(ledger.balance(user.userId())).isEqualTo(new Balance("free", 1_000_000 - 680, 0));
        assertThat(jdbc.sql("select kind from credit_ledger where org_id = :user order by created_at, id")
                        .param("user", user.userId())
                        .query(String.class)
                        .list())
                .containsExactly("grant", "reservation", "settlement");
    }
}
