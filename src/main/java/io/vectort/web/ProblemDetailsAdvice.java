package io.vectort.web;

import io.vectort.database.DatabaseTrouble;
import io.vectort.shared.DomainException;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.RateLimitExceededException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns every error into {@code application/problem+json}: domain failures by category, Spring's
 * own errors (unknown route, bad JSON, wrong method) with a readable detail, and anything
 * unexpected as a logged 500 that reveals nothing internal.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ErrorResponses errors;

    ProblemDetailsAdvice(ErrorResponses errors) {
        this.errors = errors;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = Problems.statusOf(e.category());
        ProblemDetail problem = Problems.of(status, e.code(), e.getMessage());
        e.extensions().forEach(problem::setProperty);
        if (e instanceof InvalidRequestException invalid) {
            problem.setProperty("errors", toMaps(invalid.violations()));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (e instanceof RateLimitExceededException limited) {
            problem.setProperty("retryAfterSeconds", limited.retryAfterSeconds());
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
                    .header("RateLimit-Limit", Long.toString(limited.limit()))
                    .header("RateLimit-Remaining", Long.toString(limited.remaining()))
                    .header("RateLimit-Reset", Long.toString(limited.resetSeconds()));
        }
        return response.body(problem);
    }

    /** A path id that is not even a UUID cannot name an existing resource. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        boolean pathVariable =
                e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        if (pathVariable) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Resource not found"));
        }
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "validation", e.getName() + ": has an invalid value");
        problem.setProperty(
                "errors", toMaps(List.of(new FieldViolation(e.getName(), "invalid-value", "has an invalid value"))));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A multipart content type without a usable body, refused by the dispatcher before it even
     * picks a handler: no endpoint takes multipart, so it is the client's malformed body, in the
     * format of the path it was sent to.
     */
    @ExceptionHandler(MultipartException.class)
    void multipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(
                response,
                request.getRequestURI(),
                HttpStatus.BAD_REQUEST,
                "malformed-body",
                "The multipart request body could not be read; send application/json");
    }

    /**
     * The problem is written as problem+json whatever the endpoint produces or {@code Accept} says
     * (even when {@code Accept} cannot be parsed): the 406 must reach the client readable.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, WebRequest.SCOPE_REQUEST);
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(
                        HttpStatus.NOT_ACCEPTABLE,
                        "not-acceptable",
                        "This endpoint cannot answer in any type the Accept header lists"));
    }

    /** Tomcat decodes form parameters when first read and refuses bytes that are not UTF-8. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException e) {
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "malformed-request",
                        "The request parameters must be percent-encoded UTF-8"));
    }

    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        if (DatabaseTrouble.of(e).orElse(DatabaseTrouble.UNAVAILABLE) == DatabaseTrouble.OVERLOADED) {
            log.info("Refused a request, every database connection is busy: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(AdmissionFilter.RETRY_AFTER_SECONDS))
                    .body(Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "overloaded",
                            "The server is busy; retry in a few seconds"));
        }
        log.warn("Database unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "database-unavailable",
                        "The database is unavailable; retry in a few seconds"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side"));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(
                        error.getField(),
                        error.getCode() == null ? "invalid" : toCode(error.getCode()),
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
                .toList();
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "validation", new InvalidRequestException(violations).getMessage());
        problem.setProperty("errors", toMaps(violations));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof InvalidFormatException invalid
                && invalid.getOriginalMessage().contains(StorableTextDeserializer.REASON)) {
            String field = fieldPath(invalid);
            ProblemDetail problem =
                    Problems.of(HttpStatus.BAD_REQUEST, "validation", field + ": " + StorableTextDeserializer.REASON);
            problem.setProperty(
                    "errors",
                    toMaps(List.of(new FieldViolation(field, "unstorable-text", StorableTextDeserializer.REASON))));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "malformed-body",
                        "The request body is missing or is not valid JSON of the expected shape"));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Spring's own exceptions arrive here with a ProblemDetail body; give them our type URIs.
        // Spring 7 represents "about:blank" as a null type.
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || problem.getType().toString().equals("about:blank"))) {
            problem.setType(java.net.URI.create(Problems.TYPE_BASE + slug(statusCode)));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String fieldPath(InvalidFormatException e) {
        StringBuilder path = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String slug(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status.value();
        };
    }

    private static String toCode(String constraint) {
        return constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Map<String, String>> toMaps(List<FieldViolation> violations) {
        return violations.stream()
                .map(v -> Map.of("field", v.field(), "code", v.code(), "message", v.message()))
                .toList();
    }
}
