package io.vectort.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptGuardTest {

    @Test
    void acceptsPromptsThatDifferOnlyInNeutralWords() {
        assertThat(PromptGuard.sameMeaning(
                        "Create a todo app in React", "Please build me a simple React todo application"))
                .isTrue();
        assertThat(PromptGuard.sameMeaning("Build a weather dashboard", "make a Weather   Dashboard"))
                .isTrue();
    }

    @Test
    void refusesDifferentTechnologies() {
        assertThat(PromptGuard.sameMeaning("todo app in React", "todo app in Vue"))
                .isFalse();
        assertThat(PromptGuard.sameMeaning("API backed by Postgres", "API backed by MySQL"))
                .isFalse();
        assertThat(PromptGuard.sameMeaning("a C++ tool", "a C# tool")).isFalse();
    }

    @Test
    void treatsSpellingsOfOneNameAlike() {
        assertThat(PromptGuard.sameMeaning("todo app in React.js", "todo app in ReactJS"))
                .isTrue();
        assertThat(PromptGuard.sameMeaning("API on PostgreSQL", "API on Postgres"))
                .isTrue();
    }

    @Test
    void refusesDifferentNumbers() {
        assertThat(PromptGuard.sameMeaning("dashboard for 10 users", "dashboard for 10,000 users"))
                .isFalse();
        assertThat(PromptGuard.sameMeaning("quiz with 5 questions", "quiz with 50 questions"))
                .isFalse();
        assertThat(PromptGuard.sameMeaning("price of $10", "price of 10%")).isFalse();
        assertThat(PromptGuard.sameMeaning("dashboard for 10,000 users", "dashboard for 10000 users"))
                .isTrue();
    }

    @Test
    void refusesNegationOnOneSideOnly() {
        assertThat(PromptGuard.sameMeaning("with dark mode", "without dark mode"))
                .isFalse();
        assertThat(PromptGuard.sameMeaning("a blog with login", "a blog with no login"))
                .isFalse();
        assertThat(PromptGuard.sameMeaning("an app that is responsive", "an app that isn't responsive"))
                .isFalse();
        assertThat(PromptGuard.sameMeaning("an app that can sync", "an app that can't sync"))
                .isFalse();
    }

    @Test
    void acceptsTheSameNegationSpelledDifferently() {
        assertThat(PromptGuard.sameMeaning("todo app with no login", "todo app without login"))
                .isTrue();
    }

    @Test
    void refusesNegationOfADifferentTerm() {
        assertThat(PromptGuard.sameMeaning("login but no signup", "signup but no login"))
                .isFalse();
    }

    @Test
    void refusesAnyExtraOrDifferentContentWord() {
        assertThat(PromptGuard.sameMeaning("calculator app", "scientific calculator app"))
                .isFalse();
        assertThat(PromptGuard.sameMeaning("landing page for a coffee shop", "landing page for a bakery"))
                .isFalse();
        assertThat(PromptGuard.sameMeaning("blue theme", "red theme")).isFalse();
    }

    @Test
    void allowsOneMovedTermButNotASwap() {
        assertThat(PromptGuard.sameMeaning("a React todo app", "a todo app in React"))
                .isTrue();
        assertThat(PromptGuard.sameMeaning("a blue header and a red footer", "a red header and a blue footer"))
                .isFalse();
    }

    @Test
    void extractsTermsInOrderWithNegationMarks() {
        assertThat(PromptGuard.terms("Build a todo app without login for 10,000 users"))
                .containsExactly("todo", "not:login", "10000", "user");
    }
}
