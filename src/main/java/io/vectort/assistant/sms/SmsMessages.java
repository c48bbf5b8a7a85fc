package io.vectort.assistant.sms;

import io.vectort.shared.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The texts in and out, their delivery history, and what they add up to in a month. */
@Repository
public class SmsMessages {

    /** How far along a status is: a late "sent" never overwrites "delivered". */
    private static final Map<String, Integer> PROGRESS = Map.ofEntries(
            Map.entry("pending", 0),
            Map.entry("accepted", 1),
            Map.entry("scheduled", 1),
            Map.entry("queued", 1),
            Map.entry("sending", 2),
            Map.entry("sent", 3),
            Map.entry("delivered", 4),
            Map.entry("undelivered", 4),
            Map.entry("failed", 4),
            Map.entry("blocked", 4),
            Map.entry("received", 4));

    /** {@link #PROGRESS} as SQL, to compare a stored status with a reported one. */
    private static final String STORED_PROGRESS = PROGRESS.entrySet().stream()
            .map(e -> "when '" + e.getKey() + "' then " + e.getValue())
            .collect(java.util.stream.Collectors.joining(" ", "(case status ", " else 0 end)"));

    private final JdbcClient jdbc;

    SmsMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an incoming text once per provider id: false when it is a retry of one stored already. */
    boolean insertInbound(@Nullable UUID userId, String providerSid, String from, String to, String body) {
        SmsSegments segments = SmsSegments.of(body);
        UUID id = Ids.newId();
        int inserted = jdbc.sql("""
                        insert into sms_messages (id, user_id, direction, kind, provider_sid, from_number, to_number,
                            body, segments, encoding, status)
                        values (:id, :user, 'inbound', 'message', :sid, :from, :to, :body, :segments, :encoding,
                            'received')
                        on conflict (provider_sid) do nothing""")
                .param("id", id)
                .param("user", userId)
                .param("sid", providerSid)
                .param("from", from)
                .param("to", to)
                .param("body", body)
                .param("segments", segments.count())
                .param("encoding", segments.encoding().label())
                .update();
        return inserted == 1;
    }

    Optional<SmsMessage> byProviderSid(String providerSid) {
        return jdbc.sql("select * from sms_messages where provider_sid = :sid")
                .param("sid", providerSid)
                .query(SmsMessages::map)
                .optional();
    }

    Optional<SmsMessage> get(UUID id) {
        return jdbc.sql("select * from sms_messages where id = :id")
                .param("id", id)
                .query(SmsMessages::map)
                .optional();
    }

    /**
     * Stores an outbound text waiting to be handed over, once per {@code reference}: empty when one
     * with that reference exists already.
     */
    Optional<UUID> insertOutbound(
            @Nullable UUID userId,
            String kind,
            String reference,
            String from,
            String to,
            String body,
            int attempt,
            @Nullable String remainder) {
        SmsSegments segments = SmsSegments.of(body);
        UUID id = Ids.newId();
        int inserted = jdbc.sql("""
                        insert into sms_messages (id, user_id, direction, kind, reference, from_number, to_number,
                            body, segments, encoding, status, attempt, remainder)
                        values (:id, :user, 'outbound', :kind, :reference, :from, :to, :body, :segments, :encoding,
                            'pending', :attempt, :remainder)
                        on conflict (reference) do nothing""")
                .param("id", id)
                .param("user", userId)
                .param("kind", kind)
                .param("reference", reference)
                .param("from", from)
                .param("to", to)
                .param("body", body)
                .param("segments", segments.count())
                .param("encoding", segments.encoding().label())
                .param("attempt", attempt)
                .param("remainder", remainder)
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Records that the provider took the message, with its id and first status. */
    void handedOver(UUID id, String providerSid, String status) {
        jdbc.sql("""
                        update sms_messages set provider_sid = :sid, status = :status, updated_at = now()
                        where id = :id""")
                .param("id", id)
                .param("sid", providerSid)
                .param("status", status)
                .update();
        event(id, status, null);
    }

    /**
     * Records a status the provider reported, in the history always, on the message only when it
     * moves it forward (callbacks may arrive out of order). Answers whether it moved it.
     */
    boolean status(UUID id, String status, @Nullable String errorCode) {
        event(id, status, errorCode);
        int progress = PROGRESS.getOrDefault(status, 0);
        return jdbc.sql("update sms_messages set status = :status, error_code = coalesce(:error, error_code),"
                                + " updated_at = now() where id = :id and " + STORED_PROGRESS
                                + " <= :progress and status <> :status")
                        .param("id", id)
                        .param("status", status)
                        .param("error", errorCode)
                        .param("progress", progress)
                        .update()
                == 1;
    }

    void keepEarlyStatus(String providerSid, String status, @Nullable String errorCode) {
        jdbc.sql("insert into sms_early_statuses (provider_sid, status, error_code) values (:sid, :status, :error)")
                .param("sid", providerSid)
                .param("status", status)
                .param("error", errorCode)
                .update();
    }

    /** Takes (deletes and returns) the reports kept for a provider id, oldest first. */
    List<EarlyStatus> takeEarlyStatuses(String providerSid) {
        return jdbc
                .sql("""
                        delete from sms_early_statuses where provider_sid = :sid
                        returning status, error_code, at""")
                .param("sid", providerSid)
                .query((rs, row) -> new EarlyStatus(
                        rs.getString("status"),
                        rs.getString("error_code"),
                        rs.getTimestamp("at").toInstant()))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(EarlyStatus::at))
                .toList();
    }

    record EarlyStatus(String status, @Nullable String errorCode, Instant at) {}

    void price(UUID id, long priceMicros) {
        jdbc.sql("update sms_messages set price_micros = :price, updated_at = now() where id = :id")
                .param("id", id)
                .param("price", priceMicros)
                .update();
    }

    /** Takes the remainder of the user's latest cut reply (so it is sent once). */
    Optional<String> takeRemainder(UUID userId) {
        return jdbc.sql("""
                        with latest as (
                            select id, remainder from sms_messages
                            where user_id = :user and direction = 'outbound' and kind in ('reply', 'more', 'check-in')
                            order by created_at desc, id desc limit 1 for update)
                        update sms_messages m set remainder = null from latest
                        where m.id = latest.id and latest.remainder is not null
                        returning latest.remainder""").param("user", userId).query(String.class).optional();
    }

    /**
     * Whether an earlier text of the same user still waits for its answer: texts are answered in
     * the order they came.
     */
    boolean earlierUnanswered(SmsMessage message) {
        return jdbc.sql("""
                        select exists (select 1 from sms_messages
                            where user_id = :user and direction = 'inbound' and processed_at is null
                              and (created_at, id) < (:created, :id))""")
                .param("user", message.userId())
                .param("created", Timestamp.from(message.createdAt()))
                .param("id", message.id())
                .query(Boolean.class)
                .single();
    }

    void answered(UUID id) {
        jdbc.sql("update sms_messages set processed_at = now() where id = :id and processed_at is null")
                .param("id", id)
                .update();
    }

    /** The user's latest texts, oldest first. */
    List<SmsMessage> recent(UUID userId, int limit) {
        List<SmsMessage> newest = jdbc.sql("""
                        select * from sms_messages where user_id = :user
                        order by created_at desc, id desc limit :limit""")
                .param("user", userId)
                .param("limit", limit)
                .query(SmsMessages::map)
                .list();
        return newest.reversed();
    }

    /** Segments and cost of a user's texts in a calendar month (UTC). */
    Usage usage(UUID userId, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return jdbc.sql("""
                        select coalesce(sum(segments) filter (where direction = 'outbound'
                                   and status not in ('pending', 'failed', 'blocked')), 0) as sent,
                               coalesce(sum(segments) filter (where direction = 'inbound'), 0) as received,
                               coalesce(sum(price_micros), 0) as cost
                        from sms_messages where user_id = :user and created_at >= :from and created_at < :to""")
                .param("user", userId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new Usage(month, rs.getInt("sent"), rs.getInt("received"), rs.getLong("cost")))
                .single();
    }

    /** A month's texts of one user: segments each way and what they cost. */
    public record Usage(YearMonth month, int segmentsSent, int segmentsReceived, long costMicros) {}

    private void event(UUID id, String status, @Nullable String errorCode) {
        jdbc.sql("insert into sms_status_events (message_id, status, error_code) values (:id, :status, :error)")
                .param("id", id)
                .param("status", status)
                .param("error", errorCode)
                .update();
    }

    static SmsMessage map(ResultSet rs, int row) throws SQLException {
        long price = rs.getLong("price_micros");
        Long priceMicros = rs.wasNull() ? null : price;
        Timestamp processed = rs.getTimestamp("processed_at");
        return new SmsMessage(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("direction"),
                rs.getString("kind"),
                rs.getString("provider_sid"),
                rs.getString("reference"),
                rs.getString("from_number"),
                rs.getString("to_number"),
                rs.getString("body"),
                rs.getInt("segments"),
                rs.getString("encoding"),
                rs.getString("status"),
                rs.getString("error_code"),
                priceMicros,
                rs.getInt("attempt"),
                rs.getString("remainder"),
                processed == null ? null : processed.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
