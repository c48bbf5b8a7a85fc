package io.vectort.assistant.push;

import io.vectort.assistant.reminders.Nudge;
import io.vectort.assistant.reminders.ReminderChannel;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.jobs.JobQueue;
import io.vectort.shared.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nudges as web pushes. Runs inside the firing transaction, so it never calls out: it writes the
 * push (unique per reminder, occurrence and escalation step) and enqueues {@link PushJob} with it.
 * A rollback leaves neither; the same nudge delivered again finds the row and enqueues nothing.
 * Users without a subscription cost one indexed lookup.
 */
@Component
class PushChannel implements ReminderChannel {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JobQueue queue;
    private final PushSubscriptions subscriptions;
    private final PushProperties properties;
    private final AssistantSettingsStore settings;

    PushChannel(
            JdbcClient jdbc,
            JobQueue queue,
            PushSubscriptions subscriptions,
            PushProperties properties,
            AssistantSettingsStore settings) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.settings = settings;
    }

    /** True when pushes would reach the user: push is on here, they have a browser, and they want it. */
    boolean reaches(UUID userId) {
        return properties.enabled()
                && subscriptions.any(userId)
                && settings.get(userId).wantsChannel(name());
    }

    /**
     * Queues the push of a check-in (inside the caller's transaction, like a nudge): once per user
     * and check-in ({@code morning_plan/2026-12-04}), whatever the retries.
     */
    void checkIn(UUID userId, String checkIn, String title, String body, Instant dueAt) {
        if (!reaches(userId)) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", title);
        payload.put("body", body);
        payload.put("checkIn", checkIn);
        payload.put("url", "/assistant");
        UUID id = Ids.newId();
        int inserted = jdbc.sql("""
                        insert into assistant_push_messages (id, user_id, check_in, occurrence_at, escalation_step, payload)
                        values (:id, :user, :checkIn, :due, 0, :payload)
                        on conflict (user_id, check_in) where check_in is not null do nothing""")
                .param("id", id)
                .param("user", userId)
                .param("checkIn", checkIn)
                .param("due", Timestamp.from(dueAt))
                .param("payload", JSON.writeValueAsString(payload))
                .update();
        if (inserted == 1) {
            queue.enqueue(PushJob.NAME, id.toString());
        }
    }

    @Override
    public String name() {
        return "push";
    }

    @Override
    public void deliver(Nudge nudge) {
        if (!reaches(nudge.userId())) {
            return;
        }
        UUID id = Ids.newId();
        int inserted = jdbc.sql("""
                        insert into assistant_push_messages (id, user_id, reminder_id, occurrence_at, escalation_step, payload)
                        values (:id, :user, :reminder, :occurrence, :step, :payload)
                        on conflict (reminder_id, occurrence_at, escalation_step) do nothing""")
                .param("id", id)
                .param("user", nudge.userId())
                .param("reminder", nudge.reminderId())
                .param("occurrence", Timestamp.from(nudge.occurrenceAt()))
                .param("step", nudge.escalationStep())
                .param("payload", payload(nudge))
                .update();
        if (inserted == 1) {
            queue.enqueue(PushJob.NAME, id.toString());
        }
    }

    /**
     * What the service worker shows. The repeat is worded gently, as in the app; the texts are
     * English because the server does not know the browser's language (the app's banners are
     * translated).
     */
    static String payload(Nudge nudge) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", nudge.escalationStep() == 0 ? "Reminder" : "Still on your list");
        payload.put("body", nudge.text());
        payload.put("reminderId", nudge.reminderId().toString());
        payload.put("occurrenceAt", nudge.occurrenceAt().toString());
        payload.put("escalationStep", nudge.escalationStep());
        payload.put("url", "/assistant");
        return JSON.writeValueAsString(payload);
    }
}
