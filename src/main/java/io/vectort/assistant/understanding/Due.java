package io.vectort.assistant.understanding;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** When a task is due: on a day ("friday") or at a moment ("friday at 5pm"). */
public sealed interface Due {

    /** Due some time during that day, in the user's zone. */
    record OnDate(LocalDate date) implements Due {}

    /** Due at that moment. */
    record At(ZonedDateTime at) implements Due {}
}
