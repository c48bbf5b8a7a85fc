package io.vectort.assistant.planning;

import io.vectort.assistant.email.EmailAvailability;
import io.vectort.assistant.email.EmailOutbox;
import io.vectort.assistant.push.AssistantPush;
import io.vectort.assistant.reminders.InAppNotifications;
import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.assistant.settings.CheckInKind;
import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one queued check-in: in one transaction, with its row locked, the plan (or review) is
 * written as an in-app notification of its kind, the email and the push are queued when the user
 * chose them, and
 * the row is marked delivered — so a repeated run delivers nothing. A check-in turned off since it
 * was queued is marked delivered without a word.
 */
@Component
class CheckInDelivery implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(CheckInDelivery.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AssistantSettingsStore settings;
    private final DailyPlans plans;
    private final InAppNotifications notifications;
    private final EmailAvailability email;
    private final EmailOutbox outbox;
    private final AssistantPush push;
    private final List<CheckInChannel> channels;

    CheckInDelivery(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            AssistantSettingsStore settings,
            DailyPlans plans,
            InAppNotifications notifications,
            EmailAvailability email,
            EmailOutbox outbox,
            AssistantPush push,
            List<CheckInChannel> channels) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.plans = plans;
        this.notifications = notifications;
        this.email = email;
        this.outbox = outbox;
        this.push = push;
        this.channels = channels;
    }

    @Override
    public String name() {
        return CheckInScanner.DELIVER;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) {
        Optional<CheckInKey> key = CheckInKey.parse(jobId);
        if (key.isEmpty()) {
            log.warn("Ignoring check-in job with a malformed id {}", jobId);
            return;
        }
        transaction.executeWithoutResult(status -> deliver(key.get()));
    }

    private void deliver(CheckInKey key) {
        Optional<Instant> due = jdbc.sql("""
                        select due_at from assistant_check_ins
                        where user_id = :user and kind = :kind and local_date = :date and delivered_at is null
                        for update""")
                .param("user", key.userId())
                .param("kind", key.kind().code())
                .param("date", key.date())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
        if (due.isEmpty()) {
            return;
        }
        AssistantSettings userSettings = settings.get(key.userId());
        if (userSettings.checkIns().at(key.kind()).isPresent()) {
            // Normally now; a check-in delivered after midnight (quiet hours, a restart) speaks of its own day.
            Instant now = Instant.now();
            Instant at = now.atZone(userSettings.timeZone()).toLocalDate().equals(key.date()) ? now : due.get();
            String text = text(key, at);
            notifications.recordCheckIn(key.userId(), key.kind().code(), text, due.get());
            if (email.reaches(key.userId(), userSettings)) {
                outbox.checkIn(key.userId(), key.kind(), due.get());
            }
            push.queueCheckIn(
                    key.userId(),
                    key.kind().code() + "/" + key.date(),
                    PlanText.pushTitle(key.kind(), userSettings.languageOrEnglish()),
                    text,
                    due.get());
            channels.forEach(channel -> channel.checkIn(key.userId(), key.kind(), key.date(), text, userSettings));
        }
        jdbc.sql("""
                        update assistant_check_ins set delivered_at = now()
                        where user_id = :user and kind = :kind and local_date = :date""")
                .param("user", key.userId())
                .param("kind", key.kind().code())
                .param("date", key.date())
                .update();
    }

    private String text(CheckInKey key, Instant now) {
        return key.kind() == CheckInKind.MORNING_PLAN
                ? plans.morningPlan(key.userId(), now).text()
                : plans.eveningReview(key.userId(), now).text();
    }
}
