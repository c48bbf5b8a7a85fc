package io.vectort.assistant.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.assistant.understanding.Language;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanTextTest {

    private static final PlanReminder PILLS =
            new PlanReminder(UUID.randomUUID(), "Pills", Instant.parse("2026-03-28T08:00:00Z"), "09:00");

    @Test
    void aMorningPlanIsNumberedWithRemindersAndOneFirstStep() {
        String text = PlanText.morning(
                Language.EN,
                List.of(
                        new PlanTask(UUID.randomUUID(), "Tax form", PlanTask.OVERDUE),
                        new PlanTask(UUID.randomUUID(), "Dentist call", PlanTask.DUE_TODAY)),
                List.of(PILLS),
                "Tax form");

        assertThat(text).isEqualTo("""
                        Today, 2 things:
                        1. Tax form (carried over)
                        2. Dentist call
                        Reminders: 09:00 Pills
                        First step: Tax form""");
    }

    @Test
    void anEmptyDayIsSaidCalmlyInFrench() {
        assertThat(PlanText.morning(Language.FR, List.of(), List.of(), null))
                .isEqualTo("Rien de prévu aujourd’hui. Profitez-en.");
    }

    @Test
    void aReviewWithNothingDoneIsKindAndLooksAhead() {
        String line = PlanText.kindLine(Language.EN, 0, PILLS);

        assertThat(line).isEqualTo("A quiet day counts too. Tomorrow starts with Pills at 09:00.");
        String text = PlanText.evening(
                Language.EN, line, List.of(), List.of(new PlanTask(UUID.randomUUID(), "Tax form", PlanTask.OVERDUE)));
        assertThat(text).doesNotContainIgnoringCase("overdue").doesNotContain("0 done", "missed", "failed");
        assertThat(text).endsWith("Still open, for another day: Tax form");
    }

    @Test
    void aReviewCountsWhatWasDone() {
        assertThat(PlanText.kindLine(Language.EN, 2, null)).isEqualTo("2 done today. Tomorrow is free so far.");
        assertThat(PlanText.kindLine(Language.FR, 2, PILLS))
                .isEqualTo("2 choses faites aujourd’hui. Demain commence par Pills à 09:00.");
        assertThat(PlanText.evening(Language.FR, "x", List.of("Courses", "Pills"), List.of()))
                .isEqualTo("x\nFait : Courses, Pills");
    }
}
