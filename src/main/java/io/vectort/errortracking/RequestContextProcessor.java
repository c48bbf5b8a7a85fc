package io.vectort.errortracking;

import io.sentry.EventProcessor;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.protocol.Request;
import io.sentry.protocol.User;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Says where an error happened: the request (method and path template, nothing else), the user and
 * organisation ids, the request id and the job, read from the log context that the request filters,
 * the access check and the job engine fill. Runs on the thread that reports the error.
 */
final class RequestContextProcessor implements EventProcessor {

    /** Log-context keys sent as tags: ids only, never a name, an e-mail address or a text. */
    private static final Map<String, String> TAGS = Map.of(
            "requestId", "request_id",
            "orgId", "org_id",
            "projectId", "project_id",
            "generationId", "generation_id",
            "job", "job",
            "jobId", "job_id");

    @Override
    public SentryEvent process(SentryEvent event, Hint hint) {
        Map<String, String> context = logContext(event);
        TAGS.forEach((key, tag) -> {
            String value = context.get(key);
            if (value != null) {
                event.setTag(tag, value);
            }
        });
        String userId = context.get("userId");
        if (userId != null) {
            User user = new User();
            user.setId(userId);
            event.setUser(user);
        }
        // The appender copies the whole log context; only the ids picked above may leave.
        event.getContexts().remove("MDC");
        HttpServletRequest request = currentRequest();
        if (request != null) {
            describe(event, request);
        }
        return event;
    }

    @Override
    public @Nullable Long getOrder() {
        return 0L;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> logContext(SentryEvent event) {
        if (event.getContexts().get("MDC") instanceof Map<?, ?> copied) {
            return (Map<String, String>) copied;
        }
        Map<String, String> current = MDC.getCopyOfContextMap();
        return current == null ? Map.of() : current;
    }

    private static void describe(SentryEvent event, HttpServletRequest request) {
        Request described = new Request();
        described.setMethod(request.getMethod());
        String template = template(request);
        if (template != null) {
            described.setUrl(template);
            event.setTransaction(request.getMethod() + " " + template);
        } else {
            // An error outside the controllers: the path as it came, through the scrubber (a path
            // may carry a token, e.g. an invitation link); never the query string.
            Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            described.setUrl(MessageScrubber.scrub(original instanceof String path ? path : request.getRequestURI()));
        }
        event.setRequest(described);
    }

    private static @Nullable String template(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            return null; // the error dispatch's own pattern ("/error") says nothing
        }
        return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                ? pattern
                : null;
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
