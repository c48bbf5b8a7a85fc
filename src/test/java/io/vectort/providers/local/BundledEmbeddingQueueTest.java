package io.vectort.providers.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vectort.providers.LlmProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BundledEmbeddingQueueTest {

    /** Stands in for the ONNX model: each call waits until released, counting calls running at once. */
    private static final class HeldModel extends BundledEmbeddings {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public List<float[]> embed(List<String> inputs) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return inputs.stream().map(text -> new float[] {text.length()}).toList();
        }
    }

    @Test
    void runsOneRequestAtATimeAndRefusesOnceTheQueueIsFull() throws Exception {
        HeldModel model = new HeldModel();
        BundledEmbeddingQueue queue = new BundledEmbeddingQueue(model, properties(1, 2));
        ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Future<List<float[]>> first = callers.submit(() -> queue.embed(List.of("one")));
            assertThat(model.started.await(5, TimeUnit.SECONDS)).isTrue();
            Future<List<float[]>> second = callers.submit(() -> queue.embed(List.of("two!")));
            Future<List<float[]>> third = callers.submit(() -> queue.embed(List.of("three")));
            awaitQueued(queue, 2);

            BundledEmbeddingsBusyException busy =
                    catchThrowableOfType(BundledEmbeddingsBusyException.class, () -> queue.embed(List.of("four")));

            assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(3));
            assertThat(busy.getMessage()).contains("retry after 3 s");
            model.release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).getFirst()).containsExactly(3f);
            assertThat(second.get(5, TimeUnit.SECONDS).getFirst()).containsExactly(4f);
            assertThat(third.get(5, TimeUnit.SECONDS).getFirst()).containsExactly(5f);
            assertThat(model.mostAtOnce).hasValue(1);
        } finally {
            model.release.countDown();
            callers.shutdownNow();
            queue.destroy();
        }
    }

    @Test
    void passesTheModelsOwnFailuresThrough() {
        BundledEmbeddings failing = new BundledEmbeddings() {
            @Override
            public List<float[]> embed(List<String> inputs) {
                throw new IllegalArgumentException("no tokens");
            }
        };
        BundledEmbeddingQueue queue = new BundledEmbeddingQueue(failing, properties(1, 0));
        try {
            assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> queue.embed(List.of("x"))))
                    .hasMessage("no tokens");
        } finally {
            queue.destroy();
        }
    }

    private static void awaitQueued(BundledEmbeddingQueue queue, int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (queue.waiting() < waiting && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(queue.waiting()).isEqualTo(waiting);
    }

    private static LlmProperties properties(int workers, int queueCapacity) {
        return new LlmProperties(
                List.of(),
                Map.of(),
                new LlmProperties.Tiers("simple", "default", "strong"),
                null,
                null,
                null,
                null,
                Map.of(),
                new LlmProperties.BundledEmbeddingsSettings(workers, queueCapacity, Duration.ofSeconds(3)));
    }
}
