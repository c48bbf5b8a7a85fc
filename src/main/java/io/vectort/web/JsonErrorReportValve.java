package io.vectort.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on an error no servlet answered (a malformed URL encoding, request line or
 * header, headers too large): the same JSON as the application would answer on that path, instead
 * of Tomcat's HTML page.
 */
class JsonErrorReportValve extends ErrorReportValve {

    private final ErrorResponses errors;

    JsonErrorReportValve(ErrorResponses errors) {
        this.errors = errors;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int statusCode = response.getStatus();
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = statusOf(statusCode);
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        byte[] body = errors.body(path, status, ContainerErrors.code(status), ContainerErrors.detail(status));
        try {
            response.setContentType(ErrorResponses.contentType(path));
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body any more: the status stands alone.
        }
    }

    private static HttpStatus statusOf(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        if (status != null) {
            return status;
        }
        return code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
