package io.vectort.providers.local;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import java.time.Duration;

/** Every worker of the bundled embedding model is busy and its wait queue is full. */
public class BundledEmbeddingsBusyException extends DomainException {

    private final Duration retryAfter;

    BundledEmbeddingsBusyException(Duration retryAfter) {
        super(
                ErrorCategory.UNAVAILABLE,
                "embeddings-busy",
                "The bundled embedding model is busy with other requests; retry after "
                        + Math.max(1, retryAfter.toSeconds()) + " s.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
