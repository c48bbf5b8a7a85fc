package io.vectort.assistant.privacy;

import io.vectort.identity.privacy.ExportRows;
import io.vectort.identity.privacy.ExportSink;
import io.vectort.identity.privacy.PersonalDataContributor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Assistant's part of an export, under {@code assistant/}: settings, tasks, reminders, the
 * notifications they fired (and the daily check-ins), the emails sent, memories (the facts; their
 * search vectors are derived data and stay out), conversations with their messages, whether a
 * calendar feed exists (never its token), and the browsers subscribed to web push (the push
 * service's host, never the endpoint or its keys), the SMS phone, numbers and texts.
 */
@Component
@Order(30)
class AssistantPersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;

    AssistantPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "assistant";
    }

    @Override
    public void write(UUID userId, ExportSink sink) {
        sink.json(
                "assistant/settings.json",
                rows(userId, """
                                select time_zone, quiet_hours_start, quiet_hours_end, email_nudges, push_nudges,
                                       language, morning_plan_at, evening_check_in_at, updated_at
                                from assistant_settings where user_id = :user""").stream().findFirst().orElse(Map.of()));
        sink.json("assistant/tasks.json", rows(userId, """
                        select id, title, notes, due_at, due_date, done_at, position, created_at, updated_at
                        from assistant_tasks where user_id = :user order by position, created_at"""));
        sink.json("assistant/reminders.json", rows(userId, """
                        select id, text, rrule, time_zone, starts_local, next_at, snoozed_until, status, last_fired_at,
                               created_at, updated_at
                        from assistant_reminders where user_id = :user order by created_at, id"""));
        sink.json("assistant/notifications.json", rows(userId, """
                        select id, kind, reminder_id, text, occurrence_at, escalation_step, fired_at, acknowledged_at
                        from assistant_notifications where user_id = :user order by fired_at, id"""));
        sink.json("assistant/check-ins.json", rows(userId, """
                        select kind, local_date, due_at, delivered_at
                        from assistant_check_ins where user_id = :user order by local_date, kind"""));
        // Which emails the Assistant sent and when; their words are the notifications above.
        sink.json("assistant/emails.json", rows(userId, """
                        select key as about, created_at, sent_at
                        from assistant_email_deliveries where user_id = :user order by created_at, key"""));
        sink.json("assistant/memories.json", rows(userId, """
                        select id, fact, source, source_message, created_at, updated_at, expires_at, superseded_by
                        from assistant_memories where user_id = :user order by created_at, id"""));
        sink.json("assistant/conversations.json", conversations(userId));
        // That a calendar feed exists and when it was last fetched; its token is never stored in clear.
        sink.json(
                "assistant/calendar-feed.json",
                rows(userId, """
                        select created_at, last_fetched_at
                        from assistant_calendar_feeds where user_id = :user""").stream().findFirst().orElse(Map.of()));
        // The endpoint is a capability URL of the push service and the keys are the browser's secrets.
        sink.json("assistant/push-subscriptions.json", rows(userId, """
                        select substring(endpoint from '^[a-z]+://([^/:?#]+)') as host, user_agent, created_at,
                               last_success_at
                        from assistant_push_subscriptions where user_id = :user order by created_at, id"""));
        // The phone and its state, never a pending code's hash.
        sink.json(
                "assistant/sms-phone.json",
                rows(userId, """
                        select number, verified_at, opted_out_at, created_at
                        from sms_phones where user_id = :user""").stream().findFirst().orElse(Map.of()));
        sink.json("assistant/sms-numbers.json", rows(userId, """
                        select number, acquired_at, released_at
                        from sms_numbers where user_id = :user order by acquired_at"""));
        sink.json("assistant/sms-messages.json", rows(userId, """
                        select direction, kind, from_number, to_number, body, segments, encoding, status, error_code,
                               price_micros, created_at
                        from sms_messages where user_id = :user order by created_at, id"""));
    }

    private List<Map<String, Object>> conversations(UUID userId) {
        List<Map<String, Object>> conversations = rows(userId, """
                select id, title, model, created_at, updated_at
                from assistant_conversations where user_id = :user order by created_at, id""");
        Map<Object, List<Map<String, Object>>> messages = new LinkedHashMap<>();
        for (Map<String, Object> message : rows(userId, """
                select conversation_id, id, role, content, intent, not_ai, model, steps::text as steps, created_at
                from assistant_messages where user_id = :user order by created_at, id""")) {
            Object conversation = message.remove("conversationId");
            messages.computeIfAbsent(conversation, c -> new ArrayList<>()).add(message);
        }
        return conversations.stream()
                .map(conversation -> {
                    Map<String, Object> withMessages = new LinkedHashMap<>(conversation);
                    withMessages.put("messages", messages.getOrDefault(conversation.get("id"), List.of()));
                    return withMessages;
                })
                .toList();
    }

    private List<Map<String, Object>> rows(UUID userId, String sql) {
        return ExportRows.of(jdbc.sql(sql).param("user", userId).query().listOfRows());
    }
}
