package io.vectort.web;

import io.vectort.shared.ErrorCategory;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** How Vectort spells a problem: a documented type URI per code, a title per status. */
public final class Problems {

    /** Problem types are documented in docs/API.md under this base. */
    public static final String TYPE_BASE = "https://vectort.dev/problems/";

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    static HttpStatus statusOf(ErrorCategory category) {
        return switch (category) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case GONE -> HttpStatus.GONE;
            case QUOTA_EXCEEDED -> HttpStatus.TOO_MANY_REQUESTS;
            case INSUFFICIENT_CREDITS -> HttpStatus.PAYMENT_REQUIRED;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case UPSTREAM_FAILED -> HttpStatus.BAD_GATEWAY;
        };
    }
}
