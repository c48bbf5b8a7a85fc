package io.vectort.assistant.sms;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the SMS channel costs the operator this month, all users together: texts by direction and
 * outcome, segments, what Twilio charged, the numbers held against the number budget. Totals only:
 * one user's texts are theirs.
 */
@Service
public class SmsOperatorReport {

    private final JdbcClient jdbc;
    private final SmsProperties properties;
    private final SmsTransport transport;
    private final Clock clock = Clock.systemUTC();

    SmsOperatorReport(JdbcClient jdbc, SmsProperties properties, SmsTransport transport) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.transport = transport;
    }

    /**
     * @param blocked texts not sent: opted out, unverified or over a plan's budget
     * @param numbersMonthlyUsd what the dedicated numbers held cost a month
     */
    public record Report(
            YearMonth month,
            String mode,
            String routing,
            long received,
            long sent,
            long delivered,
            long failed,
            long blocked,
            long segmentsIn,
            long segmentsOut,
            BigDecimal costUsd,
            long numbersHeld,
            BigDecimal numbersMonthlyUsd,
            BigDecimal numberBudgetUsd,
            long verifiedPhones,
            long optedOutPhones) {}

    public Report thisMonth() {
        YearMonth month = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Timestamp to =
                Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        long numbers = jdbc.sql("select count(*) from sms_numbers where released_at is null")
                .query(Long.class)
                .single();
        return jdbc.sql("""
                        select count(*) filter (where direction = 'inbound') as received,
                               count(*) filter (where direction = 'outbound'
                                   and status not in ('pending', 'blocked', 'failed')) as sent,
                               count(*) filter (where status = 'delivered') as delivered,
                               count(*) filter (where direction = 'outbound'
                                   and status in ('failed', 'undelivered')) as failed,
                               count(*) filter (where status = 'blocked') as blocked,
                               coalesce(sum(segments) filter (where direction = 'inbound'), 0) as segments_in,
                               coalesce(sum(segments) filter (where direction = 'outbound'
                                   and status not in ('pending', 'blocked', 'failed')), 0) as segments_out,
                               coalesce(sum(price_micros), 0) as cost,
                               (select count(*) from sms_phones where verified_at is not null) as verified,
                               (select count(*) from sms_phones where opted_out_at is not null) as opted_out
                        from sms_messages where created_at >= :from and created_at < :to""")
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new Report(
                        month,
                        transport.mode(),
                        properties.routing().name().toLowerCase(java.util.Locale.ROOT),
                        rs.getLong("received"),
                        rs.getLong("sent"),
                        rs.getLong("delivered"),
                        rs.getLong("failed"),
                        rs.getLong("blocked"),
                        rs.getLong("segments_in"),
                        rs.getLong("segments_out"),
                        BigDecimal.valueOf(rs.getLong("cost"), 6).stripTrailingZeros(),
                        numbers,
                        properties.numberPriceUsdPerMonth().multiply(BigDecimal.valueOf(numbers)),
                        properties.numberBudgetUsdPerMonth(),
                        rs.getLong("verified"),
                        rs.getLong("opted_out")))
                .single();
    }
}
