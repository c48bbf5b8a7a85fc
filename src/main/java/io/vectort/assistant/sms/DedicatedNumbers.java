package io.vectort.assistant.sms;

import io.vectort.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Numbers bought for one user each (dedicated routing), kept after release for the record. */
@Repository
class DedicatedNumbers {

    private final JdbcClient jdbc;

    DedicatedNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Held(UUID id, UUID userId, String number, String providerSid, Instant since) {}

    Optional<Held> of(UUID userId) {
        return jdbc.sql("select * from sms_numbers where user_id = :user and released_at is null")
                .param("user", userId)
                .query((rs, row) -> held(rs))
                .optional();
    }

    /** The user a number is held for. */
    Optional<UUID> holder(String number) {
        return jdbc.sql("select user_id from sms_numbers where number = :number and released_at is null"
                        + " and user_id is not null")
                .param("number", number)
                .query(UUID.class)
                .optional();
    }

    int activeCount() {
        return jdbc.sql("select count(*) from sms_numbers where released_at is null")
                .query(Integer.class)
                .single();
    }

    void record(UUID userId, SmsTransport.Number number) {
        jdbc.sql("""
                        insert into sms_numbers (id, user_id, number, provider_sid)
                        values (:id, :user, :number, :sid)""")
                .param("id", Ids.newId())
                .param("user", userId)
                .param("number", number.number())
                .param("sid", number.providerSid())
                .update();
    }

    void released(UUID id) {
        jdbc.sql("update sms_numbers set released_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /** Numbers whose account was deleted and that are not given back yet. */
    List<Orphan> orphans() {
        return jdbc.sql("select id, provider_sid from sms_numbers where user_id is null and released_at is null")
                .query((rs, row) -> new Orphan(rs.getObject("id", UUID.class), rs.getString("provider_sid")))
                .list();
    }

    record Orphan(UUID id, String providerSid) {}

    private static Held held(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Held(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("number"),
                rs.getString("provider_sid"),
                rs.getTimestamp("acquired_at").toInstant());
    }
}
