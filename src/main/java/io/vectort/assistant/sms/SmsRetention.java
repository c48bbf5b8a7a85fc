package io.vectort.assistant.sms;

import io.vectort.jobs.RecurringJob;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes texts that are no longer needed: a user's after {@code vectort.sms.retention} (13 months
 * by default: a year of monthly usage to compare), a stranger's (someone without an account: their
 * number and words are kept only to answer them once) after 30 days, the note that a stranger was
 * answered after 2 days, and delivery reports that never found their text after a day. Their
 * delivery history goes with each text.
 */
@Component
class SmsRetention implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(SmsRetention.class);
    private static final int BATCH = 10_000;
    static final Duration STRANGERS = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final SmsProperties properties;

    SmsRetention(JdbcClient jdbc, SmsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "assistant-sms-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        Instant now = Instant.now();
        long users = deleteTexts("user_id is not null", now.minus(properties.retention()));
        long strangers = deleteTexts("user_id is null", now.minus(STRANGERS));
        jdbc.sql("delete from sms_unknown_senders where answered_at < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(Duration.ofDays(2))))
                .update();
        jdbc.sql("delete from sms_early_statuses where at < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        if (users + strangers > 0) {
            log.info("Deleted {} texts of users and {} of strangers past their retention", users, strangers);
        }
    }

    private long deleteTexts(String whose, Instant cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("delete from sms_messages where id in (select id from sms_messages where " + whose
                            + " and created_at < :cutoff limit :batch)")
                    .param("cutoff", Timestamp.from(cutoff))
                    .param("batch", BATCH)
                    .update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
