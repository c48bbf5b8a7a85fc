package io.vectort.generation.run;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells whether a generation that just succeeded is the first success of the person who asked for it. */
@Component
class FirstGenerations {

    private final JdbcClient jdbc;

    FirstGenerations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Called in the transaction that marked {@code generationId} succeeded. A per-person advisory
     * lock serialises two first generations finishing at once, so exactly one of them is the first.
     * The search goes through the person's organisations (indexed paths): generations they asked
     * for in an organisation they have left since are not seen.
     */
    boolean isFirstSuccessOfItsRequester(UUID generationId) {
        Optional<UUID> requester = jdbc.sql("select requested_by from generations where id = :id")
                .param("id", generationId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("requested_by", UUID.class)))
                .optional()
                .flatMap(r -> r);
        if (requester.isEmpty()) {
            return false;
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('vectort.first-generation'), hashtext(:user))")
                .param("user", requester.get().toString())
                .query((rs, n) -> 1)
                .list();
        return jdbc.sql("""
                        select not exists (
                          select 1 from memberships m
                          join projects p on p.org_id = m.org_id
                          join generations g on g.project_id = p.id
                          where m.user_id = :user and g.requested_by = :user and g.status = 'succeeded'
                            and g.id <> :id)""")
                .param("user", requester.get())
                .param("id", generationId)
                .query(Boolean.class)
                .single();
    }
}
