package io.vectort.web.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of the application's tables, to prove that a request answered 4xx stored nothing.
 *
 * <p>Left out are the tables that work already under way writes to while the fuzzer runs, so their
 * counts move without any fuzzed request storing anything: jobs and events of generations that
 * earlier (accepted) cases started ({@code scheduled_tasks}, {@code event_log}, {@code versions},
 * {@code version_files}, {@code file_contents}, {@code llm_calls}, {@code blob_deletions}); the
 * cache, written behind the request ({@code cache_entries}, {@code cache_stats}); credits, whose
 * sign-up grant is written by an account's first balance read and whose leases settle when a
 * generation ends ({@code billing_accounts}, {@code credit_ledger}, {@code credit_leases}); the
 * Assistant's notifications, written when reminders created earlier fire ({@code
 * assistant_notifications}); the admin console's rollups, watermarks and node heartbeats, which
 * its recurring jobs write every few seconds in the tests ({@code console_…}); and Flyway's own
 * history. Everything a request itself creates (users, sessions, projects,
 * generations, keys, settings, purchases, Stripe events) is counted.
 */
final class TableCounts {

    static final Set<String> MOVED_BY_BACKGROUND_WORK = Set.of(
            "flyway_schema_history",
            "scheduled_tasks",
            "event_log",
            "versions",
            "version_files",
            "file_contents",
            "llm_calls",
            "blob_deletions",
            "cache_entries",
            "cache_stats",
            "billing_accounts",
            "credit_ledger",
            "credit_leases",
            "assistant_notifications");

    /** The prefix of the admin console's tables, all written by its recurring jobs. */
    static final String CONSOLE_ROLLUPS = "console_";

    /**
     * Written on purpose by a refused request: a failed sign-in (401) is counted so that guessing
     * slows down ({@code sign_in_attempts}, docs/SIGN_IN.md).
     */
    static final Set<String> WRITTEN_BY_REFUSALS = Set.of("sign_in_attempts");

    private final JdbcClient jdbc;
    private final String query;

    TableCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc
                .sql("select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE' order by table_name")
                .query(String.class)
                .list()
                .stream()
                .filter(table -> !MOVED_BY_BACKGROUND_WORK.contains(table)
                        && !table.startsWith(CONSOLE_ROLLUPS)
                        && !WRITTEN_BY_REFUSALS.contains(table))
                .toList();
        this.query = String.join(
                " union all ",
                tables.stream()
                        .map(table -> "select '" + table + "' as name, count(*) as rows from \"" + table + "\"")
                        .toList());
    }

    Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(query).query(rs -> {
            counts.put(rs.getString("name"), rs.getLong("rows"));
        });
        return counts;
    }
}
