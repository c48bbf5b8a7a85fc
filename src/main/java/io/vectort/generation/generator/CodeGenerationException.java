package io.vectort.generation.generator;

/** A generator failed; {@code retryable} failures are retried by the job engine with backoff. */
public class CodeGenerationException extends RuntimeException {

    private final String code;
    private final boolean retryable;

    public CodeGenerationException(String code, String message, boolean retryable) {
        super(message);
        this.code = code;
        this.retryable = retryable;
    }

    public CodeGenerationException(String code, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
    }

    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }
}
