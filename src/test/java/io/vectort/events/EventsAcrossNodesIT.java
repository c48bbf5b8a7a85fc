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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A client following a generation on one node sees the events another node appends as they are
 * committed — not at the next poll, which this second node has set to a minute.
 */
class EventsAcrossNodesIT extends IntegrationTest {

    @Autowired
    EventLog events;

    @Test
    void eventsAppendedOnOneNodeReachAFollowerOnAnotherAtOnce() throws Exception {
        Api.Session user = api.newUser();
        String project = new Generations(api).createProject(user, "Two nodes");
        UUID id = Generations.insertRunning(jdbc, user, project);
        events.append(id, "status", Map.of("status", "running", "attempt", 1));

        try (ConfigurableApplicationContext second = SecondNode.start(Map.of("vectort.events.follow-poll", "60s"))) {
            Api other = new Api(SecondNode.port(second));
            CompletableFuture<Api.SseResponse> followed = CompletableFuture.supplyAsync(() -> other.events(
                    "/api/v1/generations/" + id + "/events",
                    user.token(),
                    Optional.empty(),
                    Integer.MAX_VALUE,
                    Duration.ofSeconds(30)));
            Thread.sleep(1_500); // the follower has read the history and waits

            Instant appended = Instant.now();
            events.append(id, "file", Map.of("path", "index.html", "kind", "write"));
            events.append(id, "status", Map.of("status", "failed", "attempt", 1));
            Api.SseResponse stream = followed.get();

            assertThat(Duration.between(appended, Instant.now())).isLessThan(Duration.ofSeconds(10));
            List<String> types =
                    stream.events().stream().map(Api.SseEvent::event).toList();
            assertThat(types).containsExactly("status", "file", "status");
            assertThat(stream.events().getLast().json().get("status").asString())
                    .isEqualTo("failed");
        }
    }

    @Test
    void batchedEventsWakeFollowersOnOtherNodesToo() throws Exception {
        Api.Session user = api.newUser();
        String project = new Generations(api).createProject(user, "Batched");
        UUID id = Generations.insertRunning(jdbc, user, project);
        events.append(id, "status", Map.of("status", "running", "attempt", 1));

        try (ConfigurableApplicationContext second = SecondNode.start(Map.of("vectort.events.follow-poll", "60s"))) {
            Api other = new Api(SecondNode.port(second));
            CompletableFuture<Api.SseResponse> followed = CompletableFuture.supplyAsync(() -> other.events(
                    "/api/v1/generations/" + id + "/events",
                    user.token(),
                    Optional.empty(),
                    3,
                    Duration.ofSeconds(30)));
            Thread.sleep(1_500);

            Instant appended = Instant.now();
            // Other streams in the same batch share the notice with this one.
            for (int i = 0; i < 20; i++) {
                events.appendBatched(UUID.randomUUID(), "message", Map.of("text", "elsewhere"));
            }
            events.appendBatched(id, "message", Map.of("text", "one"));
            events.appendBatched(id, "message", Map.of("text", "two"));
            Api.SseResponse stream = followed.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(Duration.between(appended, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(stream.events()).extracting(Api.SseEvent::id).containsExactly("1", "2", "3");
        }
    }
}
