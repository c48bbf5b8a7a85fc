package io.vectort.assistant.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserFullTextTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final long CREATED = NOW.minusSeconds(3600).toEpochMilli();

    private final UUID sister = UUID.randomUUID();
    private final UUID shifts = UUID.randomUUID();
    private final UUID dentist = UUID.randomUUID();

    private final UserFullText index = UserFullText.of(List.of(
            fact(sister, "My sister is Léa"),
            fact(shifts, "I work night shifts at the hospital"),
            fact(dentist, "J'ai rendez-vous chez le DENTISTE jeudi")));

    @Test
    void findsFactsByTheirWordsIgnoringCaseAndAccents() {
        assertThat(index.matching(FactText.queryTerms("Lea"), 10, NOW)).containsExactly(sister);
        assertThat(index.matching(FactText.queryTerms("léa"), 10, NOW)).containsExactly(sister);
        assertThat(index.matching(FactText.queryTerms("dentiste"), 10, NOW)).containsExactly(dentist);
        assertThat(index.matching(FactText.queryTerms("rendez"), 10, NOW))
                .as("a hyphen cuts words in facts as in queries")
                .containsExactly(dentist);
        assertThat(index.matching(FactText.queryTerms("bicycle"), 10, NOW)).isEmpty();
        assertThat(index.matching(List.of(), 10, NOW)).isEmpty();
    }

    @Test
    void aWordOfFourLettersOrMoreAlsoFindsTheWordsItStarts() {
        assertThat(index.matching(List.of("shift"), 10, NOW)).containsExactly(shifts);
        assertThat(index.matching(List.of("dent"), 10, NOW)).containsExactly(dentist);
        assertThat(index.matching(List.of("le"), 10, NOW))
                .as("a shorter word matches only itself, not 'lea'")
                .containsExactly(dentist);
    }

    @Test
    void ranksTheFactThatMatchesMoreAndRarerWordsFirst() {
        UUID both = UUID.randomUUID();
        UUID one = UUID.randomUUID();
        UserFullText facts = UserFullText.of(List.of(
                fact(one, "the garden needs water on monday"),
                fact(both, "the garden party with my sister on monday"),
                fact(UUID.randomUUID(), "monday is gym day"),
                fact(UUID.randomUUID(), "monday evening choir")));

        assertThat(facts.matching(List.of("garden", "sister"), 10, NOW)).containsExactly(both, one);
        assertThat(facts.matching(List.of("garden", "monday"), 2, NOW)).containsExactlyInAnyOrder(both, one);
    }

    @Test
    void equalScoresRankTheNewerFactFirst() {
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        UserFullText facts = UserFullText.of(List.of(
                new UserFullText.Fact(newer, "I work night shifts", CREATED + 1000, UserVectors.NEVER),
                new UserFullText.Fact(older, "I work day shifts", CREATED, UserVectors.NEVER)));

        assertThat(facts.matching(List.of("shifts"), 10, NOW)).containsExactly(newer, older);
    }

    @Test
    void equalScoresAndTimesRankTheGreaterIdFirstComparedAsPostgreSqlComparesUuids() {
        UUID high = UUID.fromString("f0000000-0000-4000-8000-000000000000");
        UUID middle = UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff");
        UUID low = UUID.fromString("00000000-0000-4000-8000-000000000001");
        UUID lowest = UUID.fromString("00000000-0000-4000-8000-000000000000");
        UserFullText facts = UserFullText.of(List.of(
                fact(low, "I work night shifts"),
                fact(high, "I work day shifts"),
                fact(lowest, "I work late shifts"),
                fact(middle, "I work odd shifts")));

        assertThat(facts.matching(List.of("shifts"), 10, NOW)).containsExactly(high, middle, low, lowest);
    }

    @Test
    void leavesExpiredFactsOut() {
        UUID expired = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        UserFullText facts = UserFullText.of(List.of(
                new UserFullText.Fact(expired, "I am in Lyon", CREATED, NOW.toEpochMilli()),
                new UserFullText.Fact(
                        later, "Lyon next week", CREATED, NOW.plusSeconds(60).toEpochMilli())));

        assertThat(facts.matching(List.of("lyon"), 10, NOW)).containsExactly(later);
        assertThat(facts.matching(List.of("lyon"), 10, NOW.minusMillis(1))).containsExactlyInAnyOrder(expired, later);
        assertThat(facts.matching(List.of("lyon"), 10, NOW.plusSeconds(60))).isEmpty();
    }

    @Test
    void aWriteAppliedInPlaceAddsReplacesAndRemovesFactsOnceOnly() {
        UUID replacement = UUID.randomUUID();
        UserFullText.Fact bernard = fact(replacement, "My dentist is Dr Bernard");

        index.apply(Set.of(dentist), Optional.of(bernard));
        index.apply(Set.of(dentist), Optional.of(bernard));
        index.apply(Set.of(), Optional.of(fact(shifts, "I work day shifts now")));

        assertThat(index.matching(List.of("dentist"), 10, NOW)).containsExactly(replacement);
        assertThat(index.matching(List.of("jeudi"), 10, NOW)).isEmpty();
        assertThat(index.matching(List.of("bernard"), 10, NOW)).containsExactly(replacement);
        assertThat(index.matching(List.of("night"), 10, NOW))
                .as("the replaced text is gone")
                .isEmpty();
        assertThat(index.matching(List.of("day"), 10, NOW)).containsExactly(shifts);
        assertThat(index.matching(List.of("sister"), 10, NOW)).containsExactly(sister);
    }

    @Test
    void weighsWhatItHolds() {
        UserFullText empty = UserFullText.of(List.of());
        long before = empty.weight();
        for (int i = 0; i < 200; i++) {
            empty.apply(Set.of(), Optional.of(fact(UUID.randomUUID(), "note " + i + " about my garden")));
        }

        assertThat(empty.weight()).isGreaterThan(before + 200 * 10);
    }

    private static UserFullText.Fact fact(UUID id, String text) {
        return new UserFullText.Fact(id, text, CREATED, UserVectors.NEVER);
    }
}
