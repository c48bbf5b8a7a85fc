package io.vectort.assistant.planning;

import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.AssistantSettingsStore.EnabledCheckIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a daily check-in is due, computed afresh from the current settings at every scan — never
 * stored ahead — so that a change of time zone, of check-in time or of quiet hours takes effect at
 * once, and a daylight-saving change cannot leave a stale instant behind. Pure, for tests.
 */
final class CheckInTimes {

    /** A check-in more than this late (a node was down, quiet hours ended long ago) is skipped. */
    static final Duration MAX_LATENESS = Duration.ofHours(3);

    private CheckInTimes() {}

    /**
     * The chosen local time on {@code date} in {@code zone}. A time skipped by the spring change
     * (02:30 in Paris on the last Sunday of March) moves forward by the gap (03:30); a repeated
     * autumn time is its first pass — as {@link ZonedDateTime#of} resolves them, like reminders.
     */
    static Instant dueAt(LocalDate date, LocalTime at, ZoneId zone) {
        return ZonedDateTime.of(date, at, zone).toInstant();
    }

    /**
     * The occurrence of {@code checkIn} to deliver at {@code now}, if any: yesterday's or today's
     * local date (yesterday's so that a late-evening check-in deferred past midnight, or delayed by
     * a restart, still counts for its own day), whose delivery time — the due time moved out of quiet
     * hours — has come and is at most {@link #MAX_LATENESS} ago, and whose due time is not before the
     * check-in was turned on or moved (turning it on at 09:30 for 08:00 starts tomorrow).
     */
    static Optional<Occurrence> toDeliver(EnabledCheckIn checkIn, Instant now) {
        AssistantSettings settings = checkIn.settings();
        ZoneId zone = settings.timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate date : new LocalDate[] {today.minusDays(1), today}) {
            Instant due = dueAt(date, checkIn.at(), zone);
            Instant deliverAt = settings.deliveryTime(due);
            boolean came = !deliverAt.isAfter(now);
            boolean fresh = Duration.between(deliverAt, now).compareTo(MAX_LATENESS) <= 0;
            if (came && fresh && !due.isBefore(checkIn.since())) {
                return Optional.of(new Occurrence(date, due));
            }
        }
        return Optional.empty();
    }

    /** One day's check-in: its local date (the key that makes it once a day) and due instant. */
    record Occurrence(LocalDate date, Instant dueAt) {}
}
