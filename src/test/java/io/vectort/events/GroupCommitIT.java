package io.vectort.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Progress events written in batches keep every stream gapless and in its producer's order. */
class GroupCommitIT extends IntegrationTest {

    private static final int STREAMS = 40;
    private static final int EVENTS = 50;

    @Autowired
    EventLog events;

    @Test
    void manyProducersAppendingAtOnceGetGaplessOrderedStreams() throws Exception {
        List<UUID> streams =
                IntStream.range(0, STREAMS).mapToObj(i -> UUID.randomUUID()).toList();
        List<CompletableFuture<List<Long>>> producers = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (UUID stream : streams) {
                producers.add(CompletableFuture.supplyAsync(
                        () -> {
                            List<CompletableFuture<Long>> written = new ArrayList<>();
                            for (int i = 1; i <= EVENTS; i++) {
                                written.add(events.appendBatched(stream, "message", Map.of("i", i)));
                            }
                            return written.stream().map(CompletableFuture::join).toList();
                        },
                        threads));
            }
            for (CompletableFuture<List<Long>> producer : producers) {
                assertThat(producer.get(60, TimeUnit.SECONDS)).containsExactlyElementsOf(LongRange.oneTo(EVENTS));
            }
        }
        for (UUID stream : streams) {
            List<StoredEvent> stored = events.readAfter(stream, 0, 1000);
            assertThat(stored).extracting(StoredEvent::seq).containsExactlyElementsOf(LongRange.oneTo(EVENTS));
            assertThat(stored)
                    .extracting(e -> e.dataJson().replace(" ", ""))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, EVENTS)
                            .mapToObj(i -> "{\"i\":" + i + "}")
                            .toList());
        }
        long batches = jdbc.sql("select count(distinct created_at) from event_log where stream_id = any(:ids)")
                .param("ids", streams.toArray(UUID[]::new))
                .query(Long.class)
                .single();
        // One transaction per batch, not per event (rows of a transaction share now()).
        assertThat(batches).isLessThan(STREAMS * EVENTS / 4);
    }

    @Test
    void aDirectAppendComesAfterTheEventsQueuedBeforeIt() {
        Api.Session user = api.newUser();
        UUID id = Generations.insertRunning(jdbc, user, new Generations(api).createProject(user, "Order"));
        for (int i = 1; i <= 200; i++) {
            events.appendBatched(id, "message", Map.of("i", i));
        }
        long status = events.append(id, "status", Map.of("status", "succeeded", "attempt", 1));

        assertThat(status).isEqualTo(201);
        assertThat(events.readAfter(id, 0, 1000).getLast().type()).isEqualTo("status");
        assertThat(events.latestSeq(id)).isEqualTo(201);
    }

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aTransactionThatQueuesProgressBetweenTwoAppendsOfItsStreamDoesNotDeadlock() {
        Api.Session user = api.newUser();
        UUID id = Generations.insertRunning(jdbc, user, new Generations(api).createProject(user, "Deadlock"));
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        // The writer needs the stream's lock, which the transaction holds after its first append:
        // waiting for the queued event in the second append could never end.
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> transaction.executeWithoutResult(status -> {
                    events.append(id, "version_created", Map.of("version", 1));
                    events.appendBatched(id, "message", Map.of("text", "late"));
                    events.append(id, "status", Map.of("status", "succeeded", "attempt", 1));
                }));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(events.readAfter(id, 0, 10))
                        .extracting(StoredEvent::type)
                        .containsExactly("version_created", "status", "message"));
    }

    private static final class LongRange {
        static List<Long> oneTo(int n) {
            return IntStream.rangeClosed(1, n).mapToObj(i -> (long) i).toList();
        }
    }
}
