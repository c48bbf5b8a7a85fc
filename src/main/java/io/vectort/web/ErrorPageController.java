package io.vectort.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, replacing Spring Boot's: errors raised outside Spring MVC (a
 * filter's {@code sendError}, an exception escaping a filter) answer in the format of the path
 * that failed. Asked for directly, {@code /error} is a resource like any other that does not exist.
 */
@Hidden
@RestController
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

    private final ErrorResponses errors;

    ErrorPageController(ErrorResponses errors) {
        this.errors = errors;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            errors.write(response, "/error", HttpStatus.NOT_FOUND, "not-found", "Resource not found");
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof InvalidParameterException) {
            // Form parameters that are not UTF-8, first read by a filter: the client's mistake.
            status = HttpStatus.BAD_REQUEST;
        }
        if (status == null) {
            status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : "/";
        if (status.is5xxServerError()
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            log.error("Unexpected error outside the controllers on {}", path, failure);
        }
        errors.write(response, path, status, ContainerErrors.code(status), ContainerErrors.detail(status));
    }
}
