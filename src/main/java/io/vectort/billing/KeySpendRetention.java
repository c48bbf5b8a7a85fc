package io.vectort.billing;

import io.vectort.jobs.RecurringJob;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes old spending rows of API keys: budgets read only the current day and month, and a little
 * history (35 days, 13 months) is kept for people. Without it the table grows by a row per active
 * key a day.
 */
@Component
class KeySpendRetention implements RecurringJob {

    private final JdbcClient jdbc;

    KeySpendRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "billing-key-spend-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(6);
    }

    @Override
    public void run() {
        Instant now = Instant.now();
        // Period names sort by time within their kind: 'd:2026-10-30' < 'd:2026-11-04'.
        jdbc.sql("""
                        delete from api_key_spend
                        where (period like 'd:%' and period < :day) or (period like 'm:%' and period < :month)""")
                .param("day", KeyBudgets.day(now.minus(35, ChronoUnit.DAYS)))
                .param("month", KeyBudgets.month(now.minus(400, ChronoUnit.DAYS)))
                .update();
    }
}
