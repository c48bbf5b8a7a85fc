package io.vectort.billing;

import io.vectort.identity.ApiKeyOwner;
import io.vectort.identity.KeyLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The budgets an API key may carry, per UTC day and per UTC month, enforced exactly across nodes:
 * a call reserves its maximum cost in the key's {@code api_key_spend} rows with a conditional
 * update, which PostgreSQL serialises per row, and settles to its actual cost when it ends. A key
 * without a budget touches no row on the call's path: its spending is tallied in memory and
 * written in the background ({@link KeySpendTally}), so that it is known when a budget is set.
 * {@link KeySpending} reports both.
 */
@Service
public class KeyBudgets {

    private static final Logger log = LoggerFactory.getLogger(KeyBudgets.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KeySpendTally tally;
    private final Clock clock = Clock.systemUTC();

    KeyBudgets(JdbcClient jdbc, TransactionTemplate transactions, KeySpendTally tally) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tally = tally;
    }

    /**
     * What one call holds of its key's budgets until {@link #settle}: {@code reserved} periods hold
     * {@code micros} in the database, {@code tallied} ones learn the cost only at the end.
     */
    public record Reservation(UUID keyId, long micros, List<String> reserved, List<String> tallied) {}

    private record Budget(String which, String period, long micros, Instant resetsAt) {}

    /** Reserves {@code maxCostMicros} of every budget of the key, or none and throws. */
    public Reservation reserve(ApiKeyOwner key, long maxCostMicros) {
        Instant now = clock.instant();
        List<Budget> budgets = budgets(key.limits(), now);
        List<String> tallied = new ArrayList<>(List.of(day(now), month(now)));
        if (budgets.isEmpty() || maxCostMicros <= 0) {
            // Nothing to enforce: a call that cannot cost anything fits any budget.
            return new Reservation(key.keyId(), 0, List.of(), tallied);
        }
        List<String> reserved = budgets.stream().map(Budget::period).toList();
        tally.flush(key.keyId(), reserved);
        boolean taken = budgets.size() == 1
                ? take(key.keyId(), budgets.getFirst(), maxCostMicros)
                : Boolean.TRUE.equals(transactions.execute(status -> {
                    // Day before month, as everywhere: rows are always locked in the same order.
                    for (Budget budget : budgets) {
                        if (!take(key.keyId(), budget, maxCostMicros)) {
                            status.setRollbackOnly();
                            return false;
                        }
                    }
                    return true;
                }));
        if (!taken) {
            throw refusal(key.keyId(), budgets, maxCostMicros);
        }
        tallied.removeAll(reserved);
        return new Reservation(key.keyId(), maxCostMicros, reserved, tallied);
    }

    /** Ends a reservation with the call's actual cost (0 when it was refused or failed before costing). */
    public void settle(Reservation reservation, long actualMicros) {
        long difference = actualMicros - reservation.micros();
        if (difference != 0) {
            for (String period : reservation.reserved()) {
                adjust(reservation.keyId(), period, difference);
            }
        }
        for (String period : reservation.tallied()) {
            tally.add(reservation.keyId(), period, actualMicros);
        }
    }

    /**
     * Adds {@code micros} to the period's row if the budget still covers it. One statement: the
     * row is created if missing, and a concurrent call waits for the row lock and then sees the
     * amount the other one added.
     */
    private boolean take(UUID keyId, Budget budget, long micros) {
        if (micros > budget.micros()) {
            return false;
        }
        return jdbc.sql("""
                        insert into api_key_spend as s (key_id, period, spent_micros) values (:key, :period, :micros)
                        on conflict (key_id, period) do update set spent_micros = s.spent_micros + excluded.spent_micros
                        where s.spent_micros + excluded.spent_micros <= :budget""")
                        .param("key", keyId)
                        .param("period", budget.period())
                        .param("micros", micros)
                        .param("budget", budget.micros())
                        .update()
                == 1;
    }

    private void adjust(UUID keyId, String period, long difference) {
        try {
            jdbc.sql("""
                            update api_key_spend set spent_micros = greatest(0, spent_micros + :difference)
                            where key_id = :key and period = :period""")
                    .param("difference", difference)
                    .param("key", keyId)
                    .param("period", period)
                    .update();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not settle the budget of API key {} for {}, writing it with the next tally: {}",
                    keyId,
                    period,
                    e.toString());
            tally.add(keyId, period, difference);
        }
    }

    private KeyBudgetExceededException refusal(UUID keyId, List<Budget> budgets, long neededMicros) {
        Map<String, Long> spent = new HashMap<>();
        jdbc.sql("select period, spent_micros from api_key_spend where key_id = :key and period in (:periods)")
                .param("key", keyId)
                .param("periods", budgets.stream().map(Budget::period).toList())
                .query((rs, n) -> spent.put(rs.getString("period"), rs.getLong("spent_micros")))
                .list();
        Budget exceeded = budgets.stream()
                .filter(b -> spent.getOrDefault(b.period(), 0L) + neededMicros > b.micros())
                .findFirst()
                .orElse(budgets.getFirst());
        long left = Math.max(0, exceeded.micros() - spent.getOrDefault(exceeded.period(), 0L));
        return new KeyBudgetExceededException(
                exceeded.which(), exceeded.micros(), left, neededMicros, exceeded.resetsAt());
    }

    private static List<Budget> budgets(KeyLimits limits, Instant now) {
        List<Budget> budgets = new ArrayList<>(2);
        OptionalLong daily = limits.dailyBudgetMicros();
        OptionalLong monthly = limits.monthlyBudgetMicros();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (daily.isPresent()) {
            budgets.add(new Budget(
                    "daily",
                    day(now),
                    daily.getAsLong(),
                    today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (monthly.isPresent()) {
            budgets.add(new Budget(
                    "monthly",
                    month(now),
                    monthly.getAsLong(),
                    YearMonth.from(today)
                            .plusMonths(1)
                            .atDay(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()));
        }
        return budgets;
    }

    /** The row of a UTC day: {@code d:2026-12-04}. Sorts before every month row. */
    static String day(Instant at) {
        return "d:" + LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** The row of a UTC month: {@code m:2026-12}. */
    static String month(Instant at) {
        return "m:" + YearMonth.from(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }
}
