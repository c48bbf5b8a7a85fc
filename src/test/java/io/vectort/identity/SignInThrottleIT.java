package io.vectort.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Guessing is slowed down before any password is hashed, exactly, per account and per address. */
class SignInThrottleIT extends IntegrationTest {

    private static final int FREE_PER_ACCOUNT = 5;
    private static final int FREE_PER_ADDRESS = 50;

    @Test
    void aParallelBurstOfGuessesGetsExactlyTheFreeAttemptsAndTheRightPasswordMustWaitToo() throws Exception {
        Api.Session victim = api.newUser();
        List<Callable<Api.Response>> guesses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            guesses.add(() -> api.post(
                    "/api/v1/auth/login", null, Map.of("email", victim.email(), "password", "wrong guess " + n)));
        }
        List<Api.Response> answers = Parallel.run(guesses);

        assertThat(answers.stream().filter(r -> r.status() == 401)).hasSize(FREE_PER_ACCOUNT);
        List<Api.Response> refused =
                answers.stream().filter(r -> r.status() == 429).toList();
        assertThat(refused).hasSize(60 - FREE_PER_ACCOUNT);
        assertThat(refused)
                .allSatisfy(
                        r -> assertThat(Long.parseLong(r.header("Retry-After").orElseThrow()))
                                // 5 s from the attempt that started the wait; a request that read the clock
                                // before it, then queued behind it, rounds up to one more second.
                                .isBetween(1L, 6L));
        assertThat(refused.getFirst().json().get("type").asString()).endsWith("/rate-limited");

        Api.Response rightPassword =
                api.post("/api/v1/auth/login", null, Map.of("email", victim.email(), "password", victim.password()));
        assertThat(rightPassword.status())
                .as("the right password during the wait is refused like any guess, without checking it")
                .isEqualTo(429);
    }

    @Test
    void theWaitDoublesAndASuccessAfterManyFailuresIsAudited() throws Exception {
        Api.Session user = api.newUser();
        for (int i = 0; i < FREE_PER_ACCOUNT; i++) {
            assertThat(login(api, user.email(), "nope " + i).status()).isEqualTo(401);
        }
        Api.Response waiting = login(api, user.email(), "nope again");
        assertThat(waiting.status()).isEqualTo(429);
        long firstWait = Long.parseLong(waiting.header("Retry-After").orElseThrow());

        // Let the first wait pass without sleeping through it: it is stored, so move it.
        jdbc.sql("update sign_in_attempts set blocked_until = now() - interval '1 second' where key = :key")
                .param("key", "account:" + user.email().toLowerCase())
                .update();
        assertThat(login(api, user.email(), "still wrong").status()).isEqualTo(401);
        long secondWait = Long.parseLong(
                login(api, user.email(), "and again").header("Retry-After").orElseThrow());
        assertThat(secondWait).isGreaterThan(firstWait);

        jdbc.sql("update sign_in_attempts set blocked_until = null where key = :key")
                .param("key", "account:" + user.email().toLowerCase())
                .update();
        assertThat(login(api, user.email(), user.password()).status()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        select details ->> 'failures' from audit_log
                        where org_id = :org and action = 'auth.signed_in_after_failures'""").param("org", user.userId()).query(String.class).single())
                .isEqualTo(String.valueOf(FREE_PER_ACCOUNT + 1));
        assertThat(jdbc.sql("select count(*) from sign_in_attempts where key = :key")
                        .param("key", "account:" + user.email().toLowerCase())
                        .query(Long.class)
                        .single())
                .as("a success starts the account afresh")
                .isZero();
    }

    @Test
    void oneAddressGuessingAcrossManyAccountsIsSlowedDownToo() {
        Api attacker = new Api(port);
        for (int i = 0; i < FREE_PER_ADDRESS; i++) {
            assertThat(login(attacker, "nobody-" + i + "@example.com", "guess").status())
                    .isEqualTo(401);
        }
        Api.Session someoneElse = api.newUser();
        assertThat(login(attacker, someoneElse.email(), "guess").status()).isEqualTo(429);
        assertThat(login(api, someoneElse.email(), someoneElse.password()).status())
                .as("the account itself is not locked for its owner elsewhere")
                .isEqualTo(200);
    }

    @Test
    void unknownAndKnownEmailsAreThrottledAlike() {
        String unknown = "ghost-" + System.nanoTime() + "@example.com";
        for (int i = 0; i < FREE_PER_ACCOUNT; i++) {
            Api.Response answer = login(api, unknown, "guess " + i);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().get("type").asString()).endsWith("/invalid-credentials");
        }
        assertThat(login(api, unknown, "guess").status()).isEqualTo(429);
    }

    private static Api.Response login(Api client, String email, String password) {
        return client.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }
}
