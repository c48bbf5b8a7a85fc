package io.vectort.assistant.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.TokenCounter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContextBudgetTest {

    private static Memory fact(String text) {
        Instant now = Instant.now();
        return new Memory(
                UUID.randomUUID(),
                UUID.randomUUID(),
                text,
                MemorySource.EXPLICIT,
                Optional.empty(),
                now,
                now,
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void takesFactsInOrderWhileTheyFit() {
        List<Memory> ranked =
                List.of(fact("My sister is Léa"), fact("I work night shifts"), fact("I hate phone calls"));

        MemoryContext context = ContextBudget.fill(ranked, 1_000);

        assertThat(context.memories()).isEqualTo(ranked);
        assertThat(context.text()).isEqualTo("- My sister is Léa\n- I work night shifts\n- I hate phone calls\n");
        assertThat(context.tokens()).isEqualTo(TokenCounter.count(context.text()));
    }

    @Test
    void neverExceedsTheBudgetAndSkipsAFactTooLongButKeepsShorterOnesAfterIt() {
        Memory first = fact("My sister is Léa");
        Memory tooLong = fact("word ".repeat(80).strip());
        Memory last = fact("I hate phone calls");
        long budget = TokenCounter.count("- My sister is Léa\n- I hate phone calls\n") + 2;

        MemoryContext context = ContextBudget.fill(List.of(first, tooLong, last), budget);

        assertThat(context.memories()).containsExactly(first, last);
        assertThat(context.tokens()).isLessThanOrEqualTo(budget).isEqualTo(TokenCounter.count(context.text()));
    }

    @Test
    void aBudgetSmallerThanAnyFactGivesAnEmptyContext() {
        MemoryContext context = ContextBudget.fill(List.of(fact("My sister is Léa")), 2);

        assertThat(context.memories()).isEmpty();
        assertThat(context.text()).isEmpty();
        assertThat(context.tokens()).isZero();
    }
}
