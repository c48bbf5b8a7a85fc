package io.vectort.assistant.insights;

import io.vectort.console.Features;
import io.vectort.console.RollupRows;
import io.vectort.console.RollupSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A use of the Assistant is a message a person wrote to it (web: {@code assistant_messages_created_idx}),
 * a use of SMS a text a known person sent ({@code sms_messages_created_idx}). The Assistant is
 * personal: uses count in the person's personal organisation (whose id is theirs).
 */
@Component
class AssistantRollupSource implements RollupSource {

    private final JdbcClient jdbc;

    AssistantRollupSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "assistant";
    }

    @Override
    public RollupRows rows(Instant from, Instant to) {
        List<RollupRows.FeatureUses> features = new ArrayList<>();
        List<RollupRows.ActiveUser> people = new ArrayList<>();
        read("""
                select (created_at at time zone 'UTC')::date as day, user_id, count(*) as n from assistant_messages
                where role = 'user' and created_at >= :from and created_at < :to group by 1, 2""", Features.ASSISTANT, from, to, features, people);
        read("""
                select (created_at at time zone 'UTC')::date as day, user_id, count(*) as n from sms_messages
                where direction = 'inbound' and user_id is not null and created_at >= :from and created_at < :to
                group by 1, 2""", Features.SMS, from, to, features, people);
        return new RollupRows(List.of(), features, people);
    }

    private void read(
            String sql,
            String feature,
            Instant from,
            Instant to,
            List<RollupRows.FeatureUses> features,
            List<RollupRows.ActiveUser> people) {
        jdbc.sql(sql)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    UUID user = rs.getObject("user_id", UUID.class);
                    features.add(new RollupRows.FeatureUses(day, feature, user, rs.getLong("n")));
                    people.add(new RollupRows.ActiveUser(day, feature, user));
                });
    }
}
