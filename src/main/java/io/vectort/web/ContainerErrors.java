package io.vectort.web;

import org.springframework.http.HttpStatus;

/** Problem codes and details for statuses that the servlet container or the firewall decide. */
final class ContainerErrors {

    private ContainerErrors() {}

    static String code(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "malformed-request";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case CONTENT_TOO_LARGE -> "body-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "headers-too-large";
            case URI_TOO_LONG -> "uri-too-long";
            case INTERNAL_SERVER_ERROR -> "internal";
            default -> "http-" + status.value();
        };
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST ->
                "The request is malformed: check its URL (percent-encoding must be valid UTF-8), request line"
                        + " and headers";
            case NOT_FOUND -> "Resource not found";
            case CONTENT_TOO_LARGE -> "The request body is larger than this endpoint accepts";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large";
            case URI_TOO_LONG -> "The request URL is too long";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side";
            default -> status.getReasonPhrase();
        };
    }
}
