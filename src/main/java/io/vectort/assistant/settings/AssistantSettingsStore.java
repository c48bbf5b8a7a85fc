package io.vectort.assistant.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads and replaces a user's Assistant settings; a user who never saved any has the defaults. */
@Service
public class AssistantSettingsStore {

    private final JdbcClient jdbc;

    AssistantSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AssistantSettings get(UUID userId) {
        return jdbc.sql("select * from assistant_settings where user_id = :user")
                .param("user", userId)
                .query(AssistantSettingsStore::map)
                .optional()
                .orElse(AssistantSettings.DEFAULTS);
    }

    public AssistantSettings replace(UUID userId, AssistantSettings settings) {
        jdbc.sql("""
                        insert into assistant_settings (user_id, time_zone, quiet_hours_start, quiet_hours_end)
                        values (:user, :zone, :start, :end)
                        on conflict (user_id) do update set time_zone = excluded.time_zone,
                            quiet_hours_start = excluded.quiet_hours_start, quiet_hours_end = excluded.quiet_hours_end,
                            updated_at = now()""")
                .param("user", userId)
                .param("zone", settings.timeZone().getId())
                .param("start", settings.quietHours().map(QuietHours::start).orElse(null))
                .param("end", settings.quietHours().map(QuietHours::end).orElse(null))
                .update();
        return settings;
    }

    private static AssistantSettings map(ResultSet rs, int row) throws SQLException {
        LocalTime start = rs.getObject("quiet_hours_start", LocalTime.class);
        LocalTime end = rs.getObject("quiet_hours_end", LocalTime.class);
        Optional<QuietHours> quiet =
                start == null || end == null ? Optional.empty() : Optional.of(new QuietHours(start, end));
        return new AssistantSettings(ZoneId.of(rs.getString("time_zone")), quiet);
    }
}
