package io.vectort.assistant.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' phones: which number, verified or not, opted out or not. */
@Repository
public class SmsPhones {

    private final JdbcClient jdbc;

    SmsPhones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Phone> find(java.util.UUID userId) {
        return jdbc.sql("select * from sms_phones where user_id = :user")
                .param("user", userId)
                .query(SmsPhones::map)
                .optional();
    }

    /** Whether the user has a verified phone that did not opt out: SMS can be chosen. */
    public boolean reachable(UUID userId) {
        return find(userId).filter(Phone::reachable).isPresent();
    }

    /** The account whose verified phone this is. */
    Optional<UUID> ownerOf(String number) {
        return jdbc.sql("select user_id from sms_phones where number = :number and verified_at is not null")
                .param("number", number)
                .query(UUID.class)
                .optional();
    }

    /** STOP: nothing but a reply to START goes to this number from now on, for any account. */
    int optOut(String number) {
        return jdbc.sql("""
                        update sms_phones set opted_out_at = coalesce(opted_out_at, now()), updated_at = now()
                        where number = :number""").param("number", number).update();
    }

    int optIn(String number) {
        return jdbc.sql("update sms_phones set opted_out_at = null, updated_at = now() where number = :number")
                .param("number", number)
                .update();
    }

    /** Whether texts to this number are refused (STOP), whoever it belongs to. */
    boolean optedOut(String number) {
        return jdbc.sql("select exists (select 1 from sms_phones where number = :number and opted_out_at is not null)")
                .param("number", number)
                .query(Boolean.class)
                .single();
    }

    void useConversation(UUID userId, UUID conversationId) {
        jdbc.sql("update sms_phones set conversation_id = :conversation where user_id = :user")
                .param("user", userId)
                .param("conversation", conversationId)
                .update();
    }

    boolean delete(UUID userId) {
        return jdbc.sql("delete from sms_phones where user_id = :user")
                        .param("user", userId)
                        .update()
                == 1;
    }

    /**
     * Records a new code for {@code number} (a new number forgets the old one's verification and
     * opt-out), counting codes in the current hour. Answers the codes sent in the hour, this one
     * included.
     */
    int pendingCode(UUID userId, String number, String codeHash, Instant expiresAt) {
        return jdbc.sql("""
                        insert into sms_phones (user_id, number, code_hash, code_expires_at, code_attempts,
                            codes_window_at, codes_in_window)
                        values (:user, :number, :hash, :expires, 0, now(), 1)
                        on conflict (user_id) do update set
                            verified_at = case when sms_phones.number = excluded.number
                                then sms_phones.verified_at end,
                            opted_out_at = case when sms_phones.number = excluded.number
                                then sms_phones.opted_out_at end,
                            number = excluded.number,
                            code_hash = excluded.code_hash, code_expires_at = excluded.code_expires_at,
                            code_attempts = 0,
                            codes_window_at = case when sms_phones.codes_window_at > now() - interval '1 hour'
                                then sms_phones.codes_window_at else now() end,
                            codes_in_window = case when sms_phones.codes_window_at > now() - interval '1 hour'
                                then sms_phones.codes_in_window + 1 else 1 end,
                            updated_at = now()
                        returning codes_in_window""")
                .param("user", userId)
                .param("number", number)
                .param("hash", codeHash)
                .param("expires", Timestamp.from(expiresAt))
                .query(Integer.class)
                .single();
    }

    /** Codes sent in the current hour and when that hour ends. */
    Optional<Window> codeWindow(UUID userId) {
        return jdbc.sql("""
                        select codes_in_window, codes_window_at + interval '1 hour' as window_ends from sms_phones
                        where user_id = :user and codes_window_at > now() - interval '1 hour'""")
                .param("user", userId)
                .query((rs, row) -> new Window(
                        rs.getInt("codes_in_window"),
                        rs.getTimestamp("window_ends").toInstant()))
                .optional();
    }

    record Window(int codes, Instant endsAt) {}

    /** The pending code's hash, its expiry and the attempts so far, counting this one. */
    Optional<PendingCode> attempt(UUID userId) {
        return jdbc.sql("""
                        update sms_phones set code_attempts = code_attempts + 1, updated_at = now()
                        where user_id = :user and code_hash is not null
                        returning code_hash, code_expires_at, code_attempts, number""")
                .param("user", userId)
                .query((rs, row) -> new PendingCode(
                        rs.getString("code_hash"),
                        rs.getTimestamp("code_expires_at").toInstant(),
                        rs.getInt("code_attempts"),
                        rs.getString("number")))
                .optional();
    }

    record PendingCode(String hash, Instant expiresAt, int attempts, String number) {}

    /** The code was right: the number is the user's, and no other account may hold it verified. */
    void verified(UUID userId) {
        jdbc.sql("""
                        update sms_phones set verified_at = now(), code_hash = null, code_expires_at = null,
                            code_attempts = 0, updated_at = now()
                        where user_id = :user""").param("user", userId).update();
    }

    void dropCode(UUID userId) {
        jdbc.sql("update sms_phones set code_hash = null, code_expires_at = null where user_id = :user")
                .param("user", userId)
                .update();
    }

    private static Phone map(ResultSet rs, int row) throws SQLException {
        return new Phone(
                rs.getObject("user_id", UUID.class),
                rs.getString("number"),
                instant(rs, "verified_at"),
                instant(rs, "opted_out_at"),
                instant(rs, "code_expires_at"),
                Optional.ofNullable(rs.getObject("conversation_id", UUID.class)));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? Optional.empty() : Optional.of(at.toInstant());
    }
}
