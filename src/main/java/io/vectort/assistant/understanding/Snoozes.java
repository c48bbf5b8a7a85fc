package io.vectort.assistant.understanding;

import io.vectort.assistant.understanding.Command.Snooze;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A snooze from what was said about time: a length when only a length was said, else a moment. */
final class Snoozes {

    private Snoozes() {}

    /** @param fallback how long when nothing was said: a bare "snooze" is shorter than "remind me" */
    static Command of(Language language, When when, Optional<String> reference, ZonedDateTime now, Duration fallback) {
        return new Snooze(language, postponement(when, now, fallback), reference);
    }

    private static Postponement postponement(When when, ZonedDateTime now, Duration fallback) {
        if (when.isEmpty()) {
            return new Postponement.By(fallback);
        }
        boolean lengthOnly = when.day() == null && when.clock == null && when.dayPart == null;
        if (lengthOnly && when.after != null) {
            return new Postponement.By(when.after);
        }
        if (lengthOnly && when.vague) {
            return new Postponement.By(Schedule.LATER);
        }
        return new Postponement.Until(Schedule.moment(when, now).orElse(now.plus(fallback)));
    }
}
