package io.vectort.identity.mfa;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code recovery_codes} rows: hashes only, each usable once. */
@Repository
class RecoveryCodeStore {

    private final JdbcClient jdbc;

    RecoveryCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces all of the user's codes (used or not) with fresh ones; returns them in clear, once. */
    List<String> replace(UUID userId) {
        deleteAll(userId);
        List<String> codes = RecoveryCodes.generate();
        for (String code : codes) {
            jdbc.sql("insert into recovery_codes (user_id, code_hash) values (:user, :hash)")
                    .param("user", userId)
                    .param("hash", RecoveryCodes.hash(userId, code))
                    .update();
        }
        return codes;
    }

    /** Uses a code up: of two requests with the same code, exactly one gets true. */
    boolean use(UUID userId, String typed) {
        return jdbc.sql("""
                                update recovery_codes set used_at = now()
                                where user_id = :user and code_hash = :hash and used_at is null""")
                        .param("user", userId)
                        .param("hash", RecoveryCodes.hash(userId, typed))
                        .update()
                == 1;
    }

    int remaining(UUID userId) {
        return jdbc.sql("select count(*) from recovery_codes where user_id = :user and used_at is null")
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    void deleteAll(UUID userId) {
        jdbc.sql("delete from recovery_codes where user_id = :user")
                .param("user", userId)
                .update();
    }
}
