package io.vectort.assistant.settings;

import io.vectort.shared.InvalidRequestException;
import java.time.ZoneId;

/** Time zones as users give them: IANA region ids ("Europe/Paris") or "UTC", nothing else. */
public final class TimeZones {

    private TimeZones() {}

    /**
     * The zone named {@code id}. Fixed offsets ("+02:00", "GMT+2") are refused: they do not follow
     * daylight saving time, so a daily 08:00 reminder would drift by an hour twice a year.
     */
    public static ZoneId parse(String field, String id) {
        if (id.length() > 64 || !ZoneId.getAvailableZoneIds().contains(id) || isFixedOffset(id)) {
            throw new InvalidRequestException(
                    field, "unknown-time-zone", "must be an IANA time zone such as Europe/Paris or UTC");
        }
        return ZoneId.of(id);
    }

    private static boolean isFixedOffset(String id) {
        return (id.startsWith("Etc/GMT") && id.length() > "Etc/GMT".length())
                || id.startsWith("GMT+")
                || id.startsWith("GMT-");
    }
}
