package io.vectort.console;

import io.vectort.billing.ChargeStatistics;
import io.vectort.jobs.RecurringJob;
import io.vectort.providers.CallStatistics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the console's rollups. Each source has a watermark; a run aggregates each source's rows
 * from its watermark up to {@code now - settleLag}, a day at most per transaction, and moves the
 * watermark in that transaction: a window is counted exactly once even when two nodes run the job
 * at the same time (the second waits on the watermark's row lock, then finds nothing left to do).
 */
@Component
class ConsoleRollup implements RecurringJob {

    static final String CALLS = "llm-calls";
    static final String CHARGES = "credit-charges";
    private static final Duration MAX_WINDOW = Duration.ofDays(1);

    private final RollupStore store;
    private final CallStatistics calls;
    private final ChargeStatistics charges;
    private final List<RollupSource> sources;
    private final ConsoleProperties properties;
    private final TransactionTemplate transactions;

    ConsoleRollup(
            RollupStore store,
            CallStatistics calls,
            ChargeStatistics charges,
            List<RollupSource> sources,
            ConsoleProperties properties,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.calls = calls;
        this.charges = charges;
        this.sources = sources;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public String name() {
        return "console-rollup";
    }

    @Override
    public Duration interval() {
        return properties.rollupInterval();
    }

    @Override
    public void run() {
        rollUpTo(Instant.now().minus(properties.settleLag()));
    }

    /** Aggregates every source up to {@code upTo}; answers how many windows were added. */
    int rollUpTo(Instant time) {
        // PostgreSQL keeps microseconds: a finer watermark would be stored rounded down, and the
        // next window would start before where this one ended, for ever.
        Instant upTo = time.truncatedTo(ChronoUnit.MICROS);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(CALLS, (from, to) -> store.addCalls(calls.totals(from, to))));
        steps.add(new Step(CHARGES, (from, to) -> store.addCharges(charges.charged(from, to))));
        for (RollupSource source : sources) {
            steps.add(new Step(source.name(), (from, to) -> store.add(source.rows(from, to))));
        }
        int windows = 0;
        for (Step step : steps) {
            while (Boolean.TRUE.equals(transactions.execute(status -> advance(step, upTo)))) {
                windows++;
            }
        }
        return windows;
    }

    private boolean advance(Step step, Instant upTo) {
        Instant from = store.lockWatermark(step.name(), upTo.minus(properties.backfill()));
        if (!from.isBefore(upTo)) {
            return false;
        }
        Instant to = from.plus(MAX_WINDOW).isBefore(upTo) ? from.plus(MAX_WINDOW) : upTo;
        step.aggregate().accept(from, to);
        store.moveWatermark(step.name(), to);
        return true;
    }

    private record Step(String name, BiConsumer<Instant, Instant> aggregate) {}
}
