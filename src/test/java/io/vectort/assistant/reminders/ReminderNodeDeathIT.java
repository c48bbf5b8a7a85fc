package io.vectort.assistant.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.SecondNode;
import io.vectort.support.TcpProxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A reminder whose node dies while it fires is delivered once by another node: never twice, never
 * lost. This class's own application runs no jobs (an API-only node), so that exactly the nodes the
 * test starts claim them and the test knows which one holds the job. Node A reaches PostgreSQL
 * through a relay; cutting it is A's death as the database sees it: every connection drops, the
 * open transaction rolls back, no heartbeat arrives any more, A can write nothing ever again.
 */
@TestPropertySource(properties = "vectort.jobs.enabled=false")
class ReminderNodeDeathIT extends IntegrationTest {

    private static final String NODE_A = "vectort-node-a";

    /** Heartbeats every 500 ms, dead after 4 missed (SecondNode's settings), plus polls and a slow machine. */
    private static final Duration DEAD_NODE_DETECTION = Duration.ofSeconds(20);

    @Test
    void aReminderWhoseNodeDiesWhileDeliveringItIsDeliveredOnceByAnotherNode() throws Exception {
        Api.Session me = api.newUser();
        UUID id;
        try (TcpProxy relay = new TcpProxy(databasePort());
                ConfigurableApplicationContext nodeA = SecondNode.start(
                        Map.of("vectort.database.url", relayedUrl(relay), "vectort.jobs.shutdown-wait", "100ms"))) {
            id = createReminder(me, "Take the pills", Instant.now().plusSeconds(5));
            Instant occurrence = reminderFireAt(id);
            String firingJob = id + "/1";
            Instant killed;
            try (Connection holder = holdEscalationSlot(id, occurrence)) {
                // A fires: it locks the reminder, writes the nudge, then waits on the held escalation slot.
                await().atMost(Duration.ofSeconds(20)).until(this::nodeAIsStuckAfterWritingTheNudge);
                String claimedByA = pickedBy(firingJob);
                assertThat(claimedByA).isNotNull();

                try (ConfigurableApplicationContext nodeB = SecondNode.start(Map.of())) {
                    // A slow node is not a dead one: its heartbeats go on, and B leaves its job alone
                    // for longer than B would wait for a dead node's (4 missed heartbeats of 500 ms).
                    Thread.sleep(3_000);
                    assertThat(pickedBy(firingJob)).isEqualTo(claimedByA);
                    assertThat(notifications(id)).isZero();

                    relay.cut();
                    killed = Instant.now();
                    holder.rollback();
                    // A's transaction, the nudge in it, is gone with its connections.
                    await().atMost(Duration.ofSeconds(10)).until(() -> nodeABackends() == 0);

                    await().atMost(DEAD_NODE_DETECTION).until(() -> notifications(id) == 1);
                    await().atMost(Duration.ofSeconds(10)).until(() -> jobs(ReminderJobs.FIRE, firingJob) == 0);
                }
            }
            Map<String, Object> nudge = jdbc.sql("""
                            select occurrence_at, escalation_step, fired_at from assistant_notifications
                            where reminder_id = :id""").param("id", id).query().singleRow();
            assertThat(((Timestamp) nudge.get("occurrence_at")).toInstant()).isEqualTo(occurrence);
            assertThat(((Number) nudge.get("escalation_step")).intValue()).isZero();
            assertThat(((Timestamp) nudge.get("fired_at")).toInstant()).isAfter(killed);
            assertThat(reminderRow(id).get("status")).isEqualTo("done");
            assertThat(jobs(ReminderJobs.ESCALATE, id + "/" + occurrence.toEpochMilli()))
                    .isEqualTo(1);
            // A's network comes back before it is closed: it finds nothing left to deliver.
            relay.restore();
        }
        assertThat(notifications(id)).isEqualTo(1);
    }

    @Test
    void aJobRevivedAfterItsNodeDeliveredAndDiedDeliversNothingMore() throws Exception {
        Api.Session me = api.newUser();
        UUID id;
        try (ConfigurableApplicationContext nodeB = SecondNode.start(Map.of())) {
            id = createDailyReminder(me, "Water the plants", Instant.now().plusSeconds(2));
            await().atMost(Duration.ofSeconds(15)).until(() -> notifications(id) == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> jobs(ReminderJobs.FIRE, id + "/1") == 0);
            Map<String, Object> before = reminderRow(id);
            assertThat(before.get("schedule_version")).isEqualTo(2);

            // What a node leaves when it dies after the firing committed and before the engine
            // removed the job: the job, still claimed by it, with a heartbeat that stopped.
            Instant longAgo = Instant.now().minusSeconds(600);
            jdbc.sql("""
                            insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
                                last_heartbeat, consecutive_failures, version)
                            values (:task, :instance, :at, true, 'crashed-node', :at, 0, 1)""")
                    .param("task", ReminderJobs.FIRE)
                    .param("instance", id + "/1")
                    .param("at", Timestamp.from(longAgo))
                    .update();

            await().atMost(DEAD_NODE_DETECTION).until(() -> jobs(ReminderJobs.FIRE, id + "/1") == 0);
            assertThat(notifications(id)).isEqualTo(1);
            assertThat(reminderRow(id)).isEqualTo(before);
            assertThat(jobs(ReminderJobs.FIRE, id + "/2")).isEqualTo(1);
        }
    }

    /**
     * Takes, in a transaction left open, the escalation job that A's firing will schedule: A blocks
     * on it inside its firing transaction, after the nudge was written and before the commit.
     */
    private Connection holdEscalationSlot(UUID reminder, Instant occurrence) throws Exception {
        Connection holder = DriverManager.getConnection(databaseUrl, "postgres", "");
        holder.setAutoCommit(false);
        try (PreparedStatement insert = holder.prepareStatement("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                values (?, ?, now() + interval '1 hour', false, 1)""")) {
            insert.setString(1, ReminderJobs.ESCALATE);
            insert.setString(2, reminder + "/" + occurrence.toEpochMilli());
            insert.executeUpdate();
        }
        return holder;
    }

    /** A's backend waits on a lock while holding the row it inserted into the notifications. */
    private boolean nodeAIsStuckAfterWritingTheNudge() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity a join pg_locks l on l.pid = a.pid
                        where a.application_name = :app and a.wait_event_type = 'Lock'
                          and l.relation = 'assistant_notifications'::regclass and l.mode = 'RowExclusiveLock'""").param("app", NODE_A).query(Long.class).single() == 1;
    }

    private long nodeABackends() {
        return jdbc.sql("select count(*) from pg_stat_activity where application_name = :app")
                .param("app", NODE_A)
                .query(Long.class)
                .single();
    }

    private String relayedUrl(TcpProxy relay) {
        return databaseUrl.replaceFirst("//([^/:]+):\\d+/", "//$1:" + relay.port() + "/") + "?ApplicationName="
                + NODE_A;
    }

    private static int databasePort() {
        Matcher port = Pattern.compile("//[^/:]+:(\\d+)/").matcher(databaseUrl);
        assertThat(port.find()).as(databaseUrl).isTrue();
        return Integer.parseInt(port.group(1));
    }

    private UUID createReminder(Api.Session user, String text, Instant at) {
        return create(
                user,
                Map.of("text", text, "at", at.truncatedTo(ChronoUnit.SECONDS).toString()));
    }

    private UUID createDailyReminder(Api.Session user, String text, Instant at) {
        return create(
                user,
                Map.of("text", text, "at", at.truncatedTo(ChronoUnit.SECONDS).toString(), "rrule", "FREQ=DAILY"));
    }

    private UUID create(Api.Session user, Map<String, String> body) {
        Api.Response created = api.post("/api/v1/assistant/reminders", user.token(), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private Instant reminderFireAt(UUID id) {
        return jdbc.sql("select fire_at from assistant_reminders where id = :id")
                .param("id", id)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private Map<String, Object> reminderRow(UUID id) {
        return jdbc.sql("""
                        select status, schedule_version, next_at, fire_at, last_fired_at from assistant_reminders
                        where id = :id""").param("id", id).query().singleRow();
    }

    private long notifications(UUID reminder) {
        return jdbc.sql("select count(*) from assistant_notifications where reminder_id = :id")
                .param("id", reminder)
                .query(Long.class)
                .single();
    }

    private long jobs(String task, String instance) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = :task and task_instance = :instance")
                .param("task", task)
                .param("instance", instance)
                .query(Long.class)
                .single();
    }

    private String pickedBy(String firingJob) {
        return jdbc.sql("select picked_by from scheduled_tasks where task_name = :task and task_instance = :instance")
                .param("task", ReminderJobs.FIRE)
                .param("instance", firingJob)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
