package io.vectort.assistant.calendar;

import io.vectort.assistant.calendar.FeedItems.FeedReminder;
import io.vectort.assistant.calendar.FeedItems.FeedTask;
import io.vectort.assistant.calendar.FeedItems.Items;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a user's feed items as an RFC 5545 calendar.
 *
 * <p>Tasks become VEVENTs, not VTODOs: Google Calendar and Outlook ignore VTODOs in a subscribed
 * calendar, and Apple Calendar shows them only through CalDAV, never from an ICS subscription. An
 * event on the due day (or at the due time) is what all three display.
 *
 * <p>Reminders keep their own zone: a reminder at 08:00 Europe/Paris is written as
 * {@code DTSTART;TZID=Europe/Paris:...T080000} with its RRULE and the zone's VTIMEZONE, so the
 * calendar expands the series on wall-clock time across DST exactly as our scheduler does.
 */
@Component
class FeedCalendar {

    static final String PRODUCT = "-//Vectort//Assistant//EN";
    static final Duration REFRESH = Duration.ofMinutes(15);
    static final Duration REMINDER_LENGTH = Duration.ofMinutes(5);
    static final Duration TIMED_TASK_LENGTH = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(FeedCalendar.class);

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** The calendar text (CRLF lines, folded at 75 octets, text escaped by ical4j). */
    String write(Items items) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Vectort"));
        // Both spellings of "poll every 15 minutes": RFC 7986's, and the one Apple and Outlook read.
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        Map<String, VTimeZone> usedZones = new LinkedHashMap<>();
        List<VEvent> events = new ArrayList<>();
        for (FeedReminder reminder : items.reminders()) {
            event(reminder, usedZones).ifPresent(events::add);
        }
        for (FeedTask task : items.tasks()) {
            events.add(event(task));
        }
        // Zones first: some clients (older Outlooks) read a TZID only when its VTIMEZONE came before.
        usedZones.values().forEach(calendar::add);
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Optional<VEvent> event(FeedReminder reminder, Map<String, VTimeZone> usedZones) {
        // A snoozed one-off is shown when it will ring now; a series keeps its own first occurrence.
        ZonedDateTime start = reminder.rrule() == null && reminder.snoozedUntil() != null && reminder.fireAt() != null
                ? reminder.fireAt().atZone(reminder.zone())
                : reminder.startsLocal().atZone(reminder.zone());
        VEvent event = new VEvent(false);
        event.add(new DtStamp());
        event.add(uid(reminder.id()));
        event.add(start(start, usedZones));
        event.add(new net.fortuna.ical4j.model.property.Duration(REMINDER_LENGTH));
        if (reminder.rrule() != null) {
            try {
                event.add(new RRule<ZonedDateTime>(FeedRules.forZone(reminder.rrule(), reminder.zone())));
            } catch (RuntimeException e) {
                // Our rules are lib-recur's canonical text; one ical4j cannot read is left out, not guessed.
                log.warn("Calendar feed skips reminder {}: its RRULE is not readable by ical4j", reminder.id(), e);
                return Optional.empty();
            }
        }
        event.add(new Summary(reminder.text()));
        event.add(ImmutableTransp.TRANSPARENT);
        VAlarm alarm = new VAlarm(Duration.ZERO);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(reminder.text()));
        event.add(alarm);
        return Optional.of(event);
    }

    /** The start in its zone with a TZID (and that zone's VTIMEZONE), or in UTC when ical4j has no such zone. */
    private DtStart<?> start(ZonedDateTime start, Map<String, VTimeZone> usedZones) {
        String id = start.getZone().getId();
        VTimeZone known = usedZones.computeIfAbsent(id, this::vtimezone);
        if (known == null) {
            return new DtStart<>(start.toInstant());
        }
        return new DtStart<>(new ParameterList(List.of(new TzId(id))), start);
    }

    private @Nullable VTimeZone vtimezone(String zoneId) {
        TimeZone zone = zones.getTimeZone(zoneId);
        return zone == null ? null : zone.getVTimeZone();
    }

    private static VEvent event(FeedTask task) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp());
        event.add(uid(task.id()));
        if (task.dueDate() != null) {
            LocalDate day = task.dueDate();
            event.add(new DtStart<>(new ParameterList(List.of(Value.DATE)), day));
            event.add(new DtEnd<>(new ParameterList(List.of(Value.DATE)), day.plusDays(1)));
        } else {
            event.add(new DtStart<>(task.dueAt()));
            event.add(new net.fortuna.ical4j.model.property.Duration(TIMED_TASK_LENGTH));
        }
        event.add(new Summary(task.title()));
        if (!task.notes().isBlank()) {
            event.add(new Description(task.notes()));
        }
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private static Uid uid(UUID id) {
        return new Uid(id + "@vectort");
    }
}
