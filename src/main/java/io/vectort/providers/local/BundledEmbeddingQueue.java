package io.vectort.providers.local;

import io.vectort.providers.LlmProperties;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The CPU budget of API embeddings on the bundled model: requests run one after another on a few
 * worker threads ({@code vectort.llm.bundled-embeddings.workers}, one by default) behind a short
 * wait queue; when that is full the request is refused at once rather than piling up. Without it,
 * a few requests of 2,048 long inputs each would hold every core for seconds and starve the rest
 * of the server. The Builder's own one-prompt embeddings bypass it (see {@code BuilderCache}).
 */
@Component
public class BundledEmbeddingQueue implements DisposableBean {

    private final BundledEmbeddings model;
    private final LlmProperties.BundledEmbeddingsSettings settings;
    private final ThreadPoolExecutor workers;

    BundledEmbeddingQueue(BundledEmbeddings model, LlmProperties properties) {
        this.model = model;
        this.settings = properties.bundledEmbeddings();
        int count = settings.workers();
        this.workers = new ThreadPoolExecutor(
                count,
                count,
                0,
                TimeUnit.SECONDS,
                settings.queueCapacity() == 0
                        ? new SynchronousQueue<>()
                        : new ArrayBlockingQueue<>(settings.queueCapacity()),
                Thread.ofPlatform().name("bundled-embeddings-", 1).daemon().factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Embeds on a worker and waits for it.
     *
     * @throws BundledEmbeddingsBusyException when the workers and the wait queue are all taken
     */
    public List<float[]> embed(List<String> inputs) {
        Future<List<float[]>> result;
        try {
            result = workers.submit(() -> model.embed(inputs));
        } catch (RejectedExecutionException full) {
            throw new BundledEmbeddingsBusyException(settings.retryAfter());
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new BundledEmbeddingsBusyException(settings.retryAfter());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the bundled embedding model failed", e.getCause());
        }
    }

    /** Requests waiting for a worker. */
    int waiting() {
        return workers.getQueue().size();
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
