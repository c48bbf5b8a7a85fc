package io.vectort.billing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What usage was charged, from the ledger's settlements (a settlement's balance and reserved deltas
 * add up to minus what it charged). Reservations still held and releases charge nothing.
 */
@Service
public class ChargeStatistics {

    private final JdbcClient jdbc;

    ChargeStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Settlements written in {@code [from, to)}, per UTC day and organisation. */
    public List<ChargeTotals> charged(Instant from, Instant to) {
        return jdbc.sql("""
                        select (created_at at time zone 'UTC')::date as day, org_id,
                               -sum(balance_delta + reserved_delta) as charged
                        from credit_ledger
                        where kind = 'settlement' and created_at >= :from and created_at < :to
                        group by 1, 2""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new ChargeTotals(
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("org_id", UUID.class),
                        rs.getLong("charged")))
                .list();
    }
}
