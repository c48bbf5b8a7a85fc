package io.vectort.billing;

import io.vectort.shared.Ids;
import io.vectort.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only credit ledger. Every operation appends one row keyed by an idempotency key and
 * moves the account's cached balances in the same transaction (the caller's, when there is one):
 * a replayed key changes nothing, a failed operation leaves nothing behind, and the balance can
 * never go below zero (the update is conditional, not read-then-write).
 */
@Service
public class CreditLedger {

    private final JdbcClient jdbc;
    private final BillingAccounts accounts;
    private final CreditMetrics metrics;

    CreditLedger(JdbcClient jdbc, BillingAccounts accounts, CreditMetrics metrics) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.metrics = metrics;
    }

    public Balance balance(UUID userId) {
        accounts.ensure(userId);
        return jdbc.sql("select plan_id, balance_micros, reserved_micros from billing_accounts where org_id = :user")
                .param("user", userId)
                .query((rs, n) -> new Balance(
                        rs.getString("plan_id"), rs.getLong("balance_micros"), rs.getLong("reserved_micros")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Billing account"));
    }

    /** Moves {@code micros} from available to reserved, or throws {@link InsufficientCreditsException}. */
    @Transactional
    public void reserve(UUID userId, long micros, String key, String reference) {
        requireNonNegative(micros);
        accounts.ensure(userId);
        apply(userId, "reservation", -micros, micros, key, reference, "Held for " + reference);
    }

    /**
     * Ends a reservation of {@code reservedMicros} that actually cost {@code actualMicros}: the rest
     * goes back to available. A cost above the reservation is taken from the balance as far as it
     * goes; what the balance cannot cover is recorded in the entry's description, never as debt.
     */
    @Transactional
    public long settle(UUID userId, long reservedMicros, long actualMicros, String key, String reference) {
        requireNonNegative(reservedMicros);
        requireNonNegative(actualMicros);
        long extra = Math.max(0, actualMicros - reservedMicros);
        long available = extra == 0 ? 0 : balance(userId).availableMicros();
        long charged = Math.min(actualMicros, reservedMicros + Math.min(extra, available));
        String description = charged < actualMicros
                ? "Charged " + Money.credits(charged) + " of " + Money.credits(actualMicros)
                        + " credits: the balance could not cover the rest"
                : "Usage of " + reference;
        apply(userId, "settlement", reservedMicros - charged, -reservedMicros, key, reference, description);
        return charged;
    }

    /** Ends a reservation that produced nothing billable: everything goes back to available. */
    @Transactional
    public void release(UUID userId, long reservedMicros, String key, String reference) {
        requireNonNegative(reservedMicros);
        apply(userId, "release", reservedMicros, -reservedMicros, key, reference, "Released hold of " + reference);
    }

    /** Adds credits: {@code grant}, {@code purchase}, {@code refund} or {@code adjustment}. */
    @Transactional
    public void credit(UUID userId, String kind, long micros, String key, String reference, String description) {
        if (!List.of("grant", "purchase", "refund", "adjustment").contains(kind)) {
            throw new IllegalArgumentException("not a crediting kind: " + kind);
        }
        accounts.ensure(userId);
        apply(userId, kind, micros, 0, key, reference, description);
    }

    /**
     * An operator's correction, positive or negative, as one {@code adjustment} entry. A negative
     * one larger than the available balance throws {@link InsufficientCreditsException}: the
     * balance never goes below zero.
     */
    @Transactional
    public void adjust(UUID orgId, long micros, String key, String description) {
        if (micros == 0) {
            throw new IllegalArgumentException("an adjustment moves a non-zero amount");
        }
        accounts.ensure(orgId);
        apply(orgId, "adjustment", micros, 0, key, "admin adjustment", description);
    }

    /** The newest entries first, before {@code before} (an entry id) when given. */
    public List<LedgerEntry> entries(UUID userId, Optional<UUID> before, int limit) {
        accounts.ensure(userId); // the sign-up grant exists before anyone looks at the ledger
        return jdbc.sql("""
                        select * from credit_ledger where org_id = :user
                          and (cast(:before as uuid) is null or (created_at, id) <
                               (select created_at, id from credit_ledger where id = cast(:before as uuid)))
                        order by created_at desc, id desc limit :limit""")
                .param("user", userId)
                .param("before", before.orElse(null))
                .param("limit", limit)
                .query(CreditLedger::map)
                .list();
    }

    /** True when the key was applied already (a retried request or a replayed webhook). */
    public boolean applied(String key) {
        return jdbc.sql("select exists (select 1 from credit_ledger where idempotency_key = :key)")
                .param("key", key)
                .query(Boolean.class)
                .single();
    }

    private void apply(
            UUID userId,
            String kind,
            long balanceDelta,
            long reservedDelta,
            String key,
            String reference,
            String description) {
        int inserted = jdbc.sql("""
                        insert into credit_ledger (id, org_id, kind, balance_delta, reserved_delta, idempotency_key,
                            reference, description)
                        values (:id, :user, :kind, :balance, :reserved, :key, :reference, :description)
                        on conflict (idempotency_key) do nothing""")
                .param("id", Ids.newId())
                .param("user", userId)
                .param("kind", kind)
                .param("balance", balanceDelta)
                .param("reserved", reservedDelta)
                .param("key", key)
                .param("reference", reference)
                .param("description", description)
                .update();
        if (inserted == 0) {
            return; // already applied under this key
        }
        int updated = jdbc.sql("""
                        update billing_accounts
                        set balance_micros = balance_micros + :balance, reserved_micros = reserved_micros + :reserved,
                            updated_at = now()
                        where org_id = :user and balance_micros + :balance >= 0 and reserved_micros + :reserved >= 0""")
                .param("balance", balanceDelta)
                .param("reserved", reservedDelta)
                .param("user", userId)
                .update();
        if (updated == 0) {
            // Rolls the transaction back, the ledger row included.
            throw new InsufficientCreditsException(-balanceDelta, availableNow(userId));
        }
        metrics.entryWritten(kind, balanceDelta + reservedDelta);
    }

    private long availableNow(UUID userId) {
        return jdbc.sql("select balance_micros from billing_accounts where org_id = :user")
                .param("user", userId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    private static void requireNonNegative(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("amounts are non-negative: " + micros);
        }
    }

    private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getLong("balance_delta"),
                rs.getLong("reserved_delta"),
                Optional.ofNullable(rs.getString("reference")),
                rs.getString("description"),
                rs.getObject("created_at", Timestamp.class).toInstant());
    }
}
