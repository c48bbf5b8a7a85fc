package io.vectort.assistant.understanding;

import java.time.Duration;
import java.time.ZonedDateTime;

/** How long a snooze lasts: a length ("10 min", "later") or until a moment ("until 3pm"). */
public sealed interface Postponement {

    /** The moment the snoozed reminder comes back, for a snooze asked at {@code now}. */
    ZonedDateTime wakeAt(ZonedDateTime now);

    /** Back after this long, counted from when the snooze is applied. */
    record By(Duration duration) implements Postponement {
        @Override
        public ZonedDateTime wakeAt(ZonedDateTime now) {
            return now.plus(duration);
        }
    }

    /** Back at this moment. */
    record Until(ZonedDateTime at) implements Postponement {
        @Override
        public ZonedDateTime wakeAt(ZonedDateTime now) {
            return at;
        }
    }
}
