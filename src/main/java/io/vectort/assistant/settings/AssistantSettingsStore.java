package io.vectort.assistant.settings;

import io.vectort.assistant.understanding.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Replaces the settings. An empty language keeps the one saved before. A check-in turned on or
     * moved records when (its "since"), so that today's occurrence is not sent if its time has
     * already passed.
     */
    public AssistantSettings replace(UUID userId, AssistantSettings settings) {
        jdbc.sql("""
                        insert into assistant_settings (user_id, time_zone, quiet_hours_start, quiet_hours_end,
                            email_nudges, push_nudges, sms_nudges, language, morning_plan_at, evening_check_in_at,
                            morning_plan_since, evening_check_in_since)
                        values (:user, :zone, :start, :end, :email, :push, :sms, :language, :morning, :evening,
                            case when :morning::time is not null then now() end,
                            case when :evening::time is not null then now() end)
                        on conflict (user_id) do update set time_zone = excluded.time_zone,
                            quiet_hours_start = excluded.quiet_hours_start, quiet_hours_end = excluded.quiet_hours_end,
                            email_nudges = excluded.email_nudges, push_nudges = excluded.push_nudges,
                            sms_nudges = excluded.sms_nudges,
                            language = coalesce(excluded.language, assistant_settings.language),
                            morning_plan_at = excluded.morning_plan_at,
                            evening_check_in_at = excluded.evening_check_in_at,
                            morning_plan_since = case
                                when assistant_settings.morning_plan_at is not distinct from excluded.morning_plan_at
                                then assistant_settings.morning_plan_since else now() end,
                            evening_check_in_since = case
                                when assistant_settings.evening_check_in_at is not distinct from excluded.evening_check_in_at
                                then assistant_settings.evening_check_in_since else now() end,
                            updated_at = now()""")
                .param("user", userId)
                .param("zone", settings.timeZone().getId())
                .param("start", settings.quietHours().map(QuietHours::start).orElse(null))
                .param("end", settings.quietHours().map(QuietHours::end).orElse(null))
                .param("email", settings.channels().email())
                .param("push", settings.channels().push())
                .param("sms", settings.channels().sms())
                .param("language", settings.language().map(Language::code).orElse(null))
                .param("morning", settings.checkIns().morningPlanAt().orElse(null))
                .param("evening", settings.checkIns().eveningCheckInAt().orElse(null))
                .update();
        return get(userId);
    }

    /**
     * Every check-in that is turned on, with its owner's settings; for the scanner that delivers
     * them. One row per user and kind.
     */
    public List<EnabledCheckIn> enabledCheckIns() {
        return jdbc
                .sql("""
                        select * from assistant_settings
                        where morning_plan_at is not null or evening_check_in_at is not null""")
                .query((rs, row) -> {
                    AssistantSettings settings = map(rs, row);
                    UUID user = rs.getObject("user_id", UUID.class);
                    List<EnabledCheckIn> enabled = new ArrayList<>(2);
                    for (CheckInKind kind : CheckInKind.values()) {
                        Optional<LocalTime> at = settings.checkIns().at(kind);
                        String since =
                                kind == CheckInKind.MORNING_PLAN ? "morning_plan_since" : "evening_check_in_since";
                        java.sql.Timestamp sinceAt = rs.getTimestamp(since);
                        if (at.isPresent()) {
                            enabled.add(new EnabledCheckIn(
                                    user,
                                    kind,
                                    at.get(),
                                    sinceAt == null ? Instant.EPOCH : sinceAt.toInstant(),
                                    settings));
                        }
                    }
                    return enabled;
                })
                .list()
                .stream()
                .flatMap(List::stream)
                .toList();
    }

    /**
     * A check-in that is on: its kind and local time, since when (turned on or moved), and the
     * owner's settings at the time of reading.
     */
    public record EnabledCheckIn(
            UUID userId, CheckInKind kind, LocalTime at, Instant since, AssistantSettings settings) {}

    private static AssistantSettings map(ResultSet rs, int row) throws SQLException {
        LocalTime start = rs.getObject("quiet_hours_start", LocalTime.class);
        LocalTime end = rs.getObject("quiet_hours_end", LocalTime.class);
        Optional<QuietHours> quiet =
                start == null || end == null ? Optional.empty() : Optional.of(new QuietHours(start, end));
        String language = rs.getString("language");
        return new AssistantSettings(
                ZoneId.of(rs.getString("time_zone")),
                quiet,
                new Channels(rs.getBoolean("email_nudges"), rs.getBoolean("push_nudges"), rs.getBoolean("sms_nudges")),
                Optional.ofNullable(language).map(code -> "fr".equals(code) ? Language.FR : Language.EN),
                new CheckIns(
                        Optional.ofNullable(rs.getObject("morning_plan_at", LocalTime.class)),
                        Optional.ofNullable(rs.getObject("evening_check_in_at", LocalTime.class))));
    }
}
