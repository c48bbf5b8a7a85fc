package io.vectort.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.SecondNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** Every event stream ends: no connection can be held open forever. */
class StreamLifetimeIT extends IntegrationTest {

    @Autowired
    EventLog events;

    @Test
    void aFinishedStreamResumedAtOrPastItsEndClosesAtOnce() throws Exception {
        Api.Session user = api.newUser();
        UUID id = Generations.insertRunning(jdbc, user, new Generations(api).createProject(user, "Done"));
        events.append(id, "status", Map.of("status", "running", "attempt", 1));
        events.append(id, "status", Map.of("status", "failed", "attempt", 1));

        for (String lastEventId : List.of("2", "3", "999999")) {
            Instant start = Instant.now();
            Api.SseResponse stream = follow(api, user, id, Optional.of(lastEventId));
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.events()).as("Last-Event-ID " + lastEventId).isEmpty();
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        }
        // From the start, the replay ends with the terminal event and the response with it.
        assertThat(follow(api, user, id, Optional.empty()).events())
                .extracting(Api.SseEvent::id)
                .containsExactly("1", "2");
    }

    @Test
    void aLastEventIdPastTheEndOfAnOpenStreamStillGetsWhatFollows() throws Exception {
        Api.Session user = api.newUser();
        UUID id = Generations.insertRunning(jdbc, user, new Generations(api).createProject(user, "Ahead"));
        events.append(id, "status", Map.of("status", "running", "attempt", 1));

        CompletableFuture<Api.SseResponse> followed =
                CompletableFuture.supplyAsync(() -> follow(api, user, id, Optional.of("50")));
        Thread.sleep(1_000);
        events.append(id, "message", Map.of("text", "hello"));
        events.append(id, "status", Map.of("status", "succeeded", "attempt", 1));

        assertThat(followed.get(20, TimeUnit.SECONDS).events())
                .extracting(Api.SseEvent::id)
                .containsExactly("2", "3");
    }

    @Test
    void anOpenStreamEndsAfterItsLifetimeAndResumesWhereItStopped() throws Exception {
        Api.Session user = api.newUser();
        UUID id = Generations.insertRunning(jdbc, user, new Generations(api).createProject(user, "Long"));
        events.append(id, "status", Map.of("status", "running", "attempt", 1));

        try (ConfigurableApplicationContext node =
                SecondNode.start(Map.of("vectort.events.max-stream-duration", "2s"))) {
            Api short_ = new Api(SecondNode.port(node));
            Instant start = Instant.now();
            CompletableFuture<Api.SseResponse> followed =
                    CompletableFuture.supplyAsync(() -> follow(short_, user, id, Optional.empty()));
            Thread.sleep(500);
            events.append(id, "message", Map.of("text", "first"));

            Api.SseResponse first = followed.get(20, TimeUnit.SECONDS);
            Duration lasted = Duration.between(start, Instant.now());
            assertThat(lasted).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
            assertThat(first.events()).extracting(Api.SseEvent::id).containsExactly("1", "2");

            events.append(id, "message", Map.of("text", "second"));
            events.append(id, "status", Map.of("status", "succeeded", "attempt", 1));
            Api.SseResponse resumed = follow(
                    short_, user, id, Optional.of(first.events().getLast().id()));
            assertThat(resumed.events()).extracting(Api.SseEvent::id).containsExactly("3", "4");
            assertThat(resumed.events().getFirst().json().get("text").asString())
                    .isEqualTo("second");
        }
    }

    /** Reads the whole response; a stream that never ends fails the test instead of hanging it. */
    private static Api.SseResponse follow(Api node, Api.Session user, UUID id, Optional<String> lastEventId) {
        try {
            return CompletableFuture.supplyAsync(() -> node.events(
                            "/api/v1/generations/" + id + "/events",
                            user.token(),
                            lastEventId,
                            Integer.MAX_VALUE,
                            Duration.ofSeconds(10)))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The stream did not end", e);
        }
    }
}
