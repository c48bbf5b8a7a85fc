package io.vectort.generation.push;

/**
 * Why a push did not happen, in words a person can act on. {@code code} is stable: {@code
 * bad-token}, {@code missing-scope}, {@code repository-exists}, {@code repository-not-found}, {@code
 * non-fast-forward}, {@code rejected}, {@code network}, {@code refused-destination}, {@code
 * unverified}, {@code too-large}, {@code github-rejected}, {@code pull-request-failed}. Only {@code
 * network} is retried.
 */
final class PushFailure extends Exception {

    private final String code;

    PushFailure(String code, String message) {
        super(message);
        this.code = code;
    }

    PushFailure(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    String code() {
        return code;
    }

    boolean retryable() {
        return code.equals("network");
    }
}
