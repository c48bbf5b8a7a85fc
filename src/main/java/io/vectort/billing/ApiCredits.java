package io.vectort.billing;

import io.vectort.jobs.RecurringJob;
import io.vectort.shared.NodeName;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Credits for calls of the OpenAI-compatible API without a balance update per call: this node
 * leases a chunk of the account's credits (one ledger reservation), takes each call's hold from it
 * in memory, and settles what was spent in one ledger entry per account per flush. Leases idle for
 * 30 s go back to the balance. A node that dies keeps its leases reserved until another node sees
 * its heartbeat stop and releases them; what it spent since its last flush (at most one flush
 * interval) is then not charged.
 */
@Service
public class ApiCredits implements SmartLifecycle, RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(ApiCredits.class);
    private static final Duration IDLE = Duration.ofSeconds(30);
    private static final Duration DEAD_AFTER = Duration.ofMinutes(2);

    private final CreditLedger ledger;
    private final JdbcClient jdbc;
    private final BillingProperties properties;
    private final String node;
    private final Map<UUID, Lease> leases = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread flusher = Thread.ofVirtual().unstarted(() -> {});

    ApiCredits(CreditLedger ledger, JdbcClient jdbc, BillingProperties properties, NodeName node) {
        this.ledger = ledger;
        this.node = node.value();
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Credits held for one call until {@link #settle}. */
    public record Hold(UUID userId, long micros) {}

    /** Holds {@code estimateMicros} for a call, or throws {@link InsufficientCreditsException}. */
    public Hold hold(UUID userId, long estimateMicros) {
        if (estimateMicros <= 0) {
            return new Hold(userId, 0);
        }
        while (true) {
            Lease lease = leases.computeIfAbsent(userId, Lease::new);
            if (lease.tryTake(estimateMicros)) {
                return new Hold(userId, estimateMicros);
            }
            lease.lock.lock();
            try {
                if (!lease.retired) {
                    return refill(lease, estimateMicros);
                }
            } finally {
                lease.lock.unlock();
            }
        }
    }

    /** Takes a new chunk from the balance into {@code lease} (locked) and the hold from it. */
    private Hold refill(Lease lease, long estimateMicros) {
        UUID userId = lease.userId;
        if (lease.tryTake(estimateMicros)) {
            return new Hold(userId, estimateMicros);
        }
        long available = ledger.balance(userId).availableMicros();
        long chunk = Math.min(Math.max(properties.apiLeaseMicros(), estimateMicros * 4), available);
        if (chunk + lease.remaining < estimateMicros) {
            throw new InsufficientCreditsException(estimateMicros, available + lease.remaining);
        }
        lease.sequence++;
        ledger.reserve(userId, chunk, key("lease", lease), "API calls");
        lease.remaining += chunk - estimateMicros;
        lease.outstanding += chunk;
        heartbeat(lease);
        return new Hold(userId, estimateMicros);
    }

    /** Ends a hold with the call's actual cost; returns what was charged. */
    public long settle(Hold hold, long actualMicros) {
        if (hold.micros() == 0 && actualMicros == 0) {
            return 0;
        }
        Lease lease = leases.computeIfAbsent(hold.userId(), Lease::new);
        return lease.settle(hold.micros(), actualMicros);
    }

    /** Writes spending to the ledger and returns idle leases; runs every flush interval. */
    void flush(boolean releaseAll) {
        for (Lease lease : List.copyOf(leases.values())) {
            lease.lock.lock();
            try {
                if (lease.unsettledSpent > 0) {
                    lease.sequence++;
                    ledger.settle(
                            lease.userId, lease.unsettledSpent, lease.unsettledSpent, key("spent", lease), "API calls");
                    lease.outstanding -= lease.unsettledSpent;
                    lease.unsettledSpent = 0;
                }
                boolean idle = System.nanoTime() - lease.lastUsedNanos > IDLE.toNanos();
                if ((idle || releaseAll) && lease.remaining > 0) {
                    lease.sequence++;
                    ledger.release(lease.userId, lease.remaining, key("return", lease), "API calls");
                    lease.outstanding -= lease.remaining;
                    lease.remaining = 0;
                }
                heartbeat(lease);
                if (lease.outstanding == 0 && (idle || releaseAll)) {
                    lease.retired = true;
                    leases.remove(lease.userId, lease);
                }

            } catch (RuntimeException e) {
                log.warn(
                        "Could not settle API credits of {}, retrying at the next flush: {}",
                        lease.userId,
                        e.toString());
                if (releaseAll) {
                    // Shutting down with the database unreachable: waiting on every lease would
                    // stall the exit; the lease rows stay behind and another node's recovery
                    // job (or this one's next start) settles them.
                    return;
                }
            } finally {
                lease.lock.unlock();
            }
        }
    }

    /** Another node stopped heartbeating: release what it still held. */
    @Override
    public void run() {
        List<Map<String, Object>> dead = jdbc.sql("""
                        select node, org_id, outstanding_micros, heartbeat from credit_leases
                        where heartbeat < :limit and outstanding_micros > 0""")
                .param("limit", Timestamp.from(Instant.now().minus(DEAD_AFTER)))
                .query()
                .listOfRows();
        for (Map<String, Object> lease : dead) {
            UUID user = (UUID) lease.get("org_id");
            long outstanding = (Long) lease.get("outstanding_micros");
            ledger.release(
                    user,
                    outstanding,
                    "lease-recovered:" + lease.get("node") + ":" + user + ":"
                            + ((Timestamp) lease.get("heartbeat")).toInstant(),
                    "API calls of a stopped node");
            jdbc.sql("delete from credit_leases where node = :node and org_id = :user")
                    .param("node", lease.get("node"))
                    .param("user", user)
                    .update();
            log.warn(
                    "Released {} micro-USD held for {} by node {}, which stopped",
                    outstanding,
                    user,
                    lease.get("node"));
        }
    }

    @Override
    public String name() {
        return "api-credit-lease-recovery";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void start() {
        running = true;
        flusher = Thread.ofVirtual().name("api-credits-flush").start(() -> {
            while (running) {
                try {
                    Thread.sleep(properties.apiFlushInterval());
                } catch (InterruptedException e) {
                    return;
                }
                flush(false);
            }
        });
    }

    /** After the web server drained its requests, before the data source closes. */
    @Override
    public void stop() {
        running = false;
        flusher.interrupt();
        flush(true);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isPauseable() {
        return false;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void heartbeat(Lease lease) {
        jdbc.sql("""
                        insert into credit_leases (node, org_id, outstanding_micros, heartbeat) values (:node, :user, :out, now())
                        on conflict (node, org_id) do update set outstanding_micros = :out, heartbeat = now()""")
                .param("node", node)
                .param("user", lease.userId)
                .param("out", lease.outstanding)
                .update();
    }

    private String key(String what, Lease lease) {
        return what + ":" + node + ":" + lease.userId + ":" + lease.sequence;
    }
}
