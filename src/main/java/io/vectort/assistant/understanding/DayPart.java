package io.vectort.assistant.understanding;

import java.time.LocalTime;

/** A part of the day named without a clock time, and the time it stands for. */
enum DayPart {
    MORNING(LocalTime.of(9, 0)),
    AFTERNOON(LocalTime.of(15, 0)),
    EVENING(LocalTime.of(20, 0)),
    NIGHT(LocalTime.of(22, 0));

    private final LocalTime defaultTime;

    DayPart(LocalTime defaultTime) {
        this.defaultTime = defaultTime;
    }

    LocalTime defaultTime() {
        return defaultTime;
    }

    boolean isAfterNoon() {
        return this != MORNING;
    }

    static DayPart named(String folded) {
        if (folded.startsWith("morning") || folded.startsWith("matin")) {
            return MORNING;
        }
        if (folded.startsWith("afternoon") || folded.startsWith("apres")) {
            return AFTERNOON;
        }
        if (folded.startsWith("night") || folded.startsWith("nuit")) {
            return NIGHT;
        }
        return EVENING;
    }
}
