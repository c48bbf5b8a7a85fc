package io.vectort.providers;

/**
 * A stream failed after part of the answer reached the caller. It is never retried nor sent to a
 * fallback: the caller would receive two different beginnings of one answer.
 */
public class OutputAlreadySentException extends ProviderException {

    public OutputAlreadySentException(ProviderException cause) {
        super(cause.kind(), cause.getMessage() + " (after part of the answer was streamed)", cause);
    }
}
