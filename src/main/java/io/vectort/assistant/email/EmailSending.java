package io.vectort.assistant.email;

import io.vectort.assistant.reminders.AssistantReminders;
import io.vectort.assistant.reminders.InAppNotifications;
import io.vectort.assistant.reminders.Notification;
import io.vectort.assistant.reminders.Reminder;
import io.vectort.assistant.reminders.ReminderStatus;
import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.mail.MailContent;
import io.vectort.identity.mail.Mailer;
import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import io.vectort.shared.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends one queued Assistant email, outside any transaction (the SMTP server may be slow). The
 * delivery row says whether it went already: a job run again after a send is a no-op. A send the
 * SMTP server refused throws, so the job engine retries it with backoff; when the retries are
 * exhausted the email is dropped with a log line — the nudge itself is still in the app. Nothing is
 * sent when the user turned email off, lost their verified address, or the reminder was cancelled
 * in the meantime.
 */
@Component
class EmailSending implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(EmailSending.class);

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final UserAccounts accounts;
    private final AssistantSettingsStore settings;
    private final AssistantReminders reminders;
    private final InAppNotifications notifications;
    private final NudgeEmails emails;

    EmailSending(
            JdbcClient jdbc,
            Mailer mailer,
            UserAccounts accounts,
            AssistantSettingsStore settings,
            AssistantReminders reminders,
            InAppNotifications notifications,
            NudgeEmails emails) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.accounts = accounts;
        this.settings = settings;
        this.reminders = reminders;
        this.notifications = notifications;
        this.emails = emails;
    }

    @Override
    public String name() {
        return EmailOutbox.JOB;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) {
        Optional<EmailKey> key = EmailKey.parse(jobId);
        if (key.isEmpty()) {
            log.warn("Ignoring Assistant email job with a malformed id {}", jobId);
            return;
        }
        Optional<UUID> pending = jdbc.sql(
                        "select user_id from assistant_email_deliveries where key = :key and sent_at is null")
                .param("key", jobId)
                .query(UUID.class)
                .optional();
        if (pending.isEmpty() || !mailer.canSend()) {
            return;
        }
        UUID userId = pending.get();
        AssistantSettings userSettings = settings.get(userId);
        Optional<String> address = accounts.verifiedEmail(userId);
        if (address.isEmpty() || !userSettings.wantsChannel("email")) {
            return;
        }
        Optional<MailContent> content = compose(key.get(), userId, userSettings);
        if (content.isEmpty()) {
            return;
        }
        if (!mailer.send(address.get(), content.get(), "Assistant email " + jobId)) {
            // Mailer logged the server's complaint; throwing makes the engine retry with backoff.
            throw new IllegalStateException("the SMTP server did not take Assistant email " + jobId);
        }
        jdbc.sql("update assistant_email_deliveries set sent_at = now() where key = :key")
                .param("key", jobId)
                .update();
    }

    @Override
    public void exhausted(String jobId, Throwable lastFailure) {
        log.warn("Gave up on Assistant email {} after its retries; the nudge stays in the app", jobId);
    }

    private Optional<MailContent> compose(EmailKey key, UUID userId, AssistantSettings userSettings) {
        return switch (key) {
            case EmailKey.Reminder r ->
                activeReminder(userId, r.reminderId())
                        .map(reminder -> emails.reminder(userSettings.languageOrEnglish(), reminder.text(), r.step()));
            case EmailKey.CheckIn c ->
                notifications
                        .checkIn(userId, c.kind().code(), c.occurrenceAt())
                        .map(Notification::text)
                        .map(text -> emails.checkIn(userSettings.languageOrEnglish(), c.kind(), text));
        };
    }

    private Optional<Reminder> activeReminder(UUID userId, UUID reminderId) {
        try {
            Reminder reminder = reminders.get(userId, reminderId);
            return reminder.status() == ReminderStatus.CANCELLED ? Optional.empty() : Optional.of(reminder);
        } catch (NotFoundException deleted) {
            return Optional.empty();
        }
    }
}
