package io.vectort.assistant.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.assistant.agent.tools.NextTaskChoice.Energy;
import io.vectort.assistant.tasks.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class NextTaskChoiceTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 27, 10, 15, 0, 0, ZoneId.of("Europe/Paris"));
    private static final UUID USER = UUID.randomUUID();
    private long position;

    @Test
    void anOverdueTaskComesBeforeOneDueTodayAndBeforeUndatedOnes() {
        Task undated = task("Tidy the desk", null, null, null, null, 0);
        Task today = task("Send the form", null, NOW.toLocalDate(), null, null, 0);
        Task overdue = task("Pay the rent", null, NOW.toLocalDate().minusDays(2), null, null, 0);

        var choice = NextTaskChoice.choose(List.of(undated, today, overdue), NOW, Energy.MEDIUM, OptionalInt.empty());

        assertThat(choice.orElseThrow().task()).isEqualTo(overdue);
        assertThat(choice.get().reasons()).containsExactly("overdue");
    }

    @Test
    void withLittleTimeATaskThatDoesNotFitIsPassedOverForOneThatDoes() {
        Task long_ = task("Write the report", null, NOW.toLocalDate(), 120, null, 0);
        Task short_ = task("Reply to Léa", null, null, 10, null, 0);

        var choice = NextTaskChoice.choose(List.of(long_, short_), NOW, Energy.MEDIUM, OptionalInt.of(15));

        assertThat(choice.orElseThrow().task()).isEqualTo(short_);
        assertThat(choice.get().reasons()).contains("fits in 15 min");
    }

    @Test
    void onLowEnergyASmallStepIsOfferedRatherThanTheTaskItBelongsTo() {
        Task big = task("Clean the flat", null, null, 180, null, 0);
        Task step = task("Put the dishes in the sink", null, null, 5, big.id(), 0);

        var choice = NextTaskChoice.choose(List.of(big, step), NOW, Energy.LOW, OptionalInt.empty());

        assertThat(choice.orElseThrow().task()).isEqualTo(step);
    }

    @Test
    void aTaskPutOffAgainAndAgainIsStillOfferedButToBeSplit() {
        Task avoided = task("Call the insurance", null, NOW.toLocalDate().minusDays(1), null, null, 3);

        var choice = NextTaskChoice.choose(List.of(avoided), NOW, Energy.MEDIUM, OptionalInt.empty());

        assertThat(choice.orElseThrow().suggestSplit()).isTrue();
    }

    @Test
    void amongEqualTasksTheFirstOnTheListWinsAndAnEmptyListOffersNothing() {
        Task first = task("First", null, null, null, null, 0);
        Task second = task("Second", null, null, null, null, 0);

        assertThat(NextTaskChoice.choose(List.of(second, first), NOW, Energy.HIGH, OptionalInt.empty())
                        .orElseThrow()
                        .task())
                .isEqualTo(first);
        assertThat(NextTaskChoice.choose(List.of(), NOW, Energy.HIGH, OptionalInt.empty()))
                .isEmpty();
    }

    private Task task(
            String title,
            @Nullable Instant dueAt,
            @Nullable LocalDate dueDate,
            @Nullable Integer estimate,
            @Nullable UUID parent,
            int offered) {
        Instant created = NOW.toInstant().minusSeconds(3600);
        return new Task(
                UUID.randomUUID(),
                USER,
                title,
                "",
                dueAt,
                dueDate,
                null,
                ++position,
                created,
                created,
                estimate,
                parent,
                offered);
    }
}
