package io.vectort.errortracking;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.SentryLevel;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import io.sentry.protocol.User;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The last step before an event leaves: whatever added it, an event keeps only exception types,
 * stack frames, ids and texts passed through {@link MessageScrubber}. Request bodies, headers,
 * cookies, query strings and extra data are dropped; the user is reduced to an id. Breadcrumbs are
 * kept from {@code WARNING} up, scrubbed the same way, without their data.
 */
final class EventScrubber implements SentryOptions.BeforeSendCallback, SentryOptions.BeforeBreadcrumbCallback {

    /** Extras written by the Logback appender that carry no user text. */
    private static final Set<String> SAFE_EXTRAS = Set.of("thread_name");

    @Override
    public SentryEvent execute(SentryEvent event, Hint hint) {
        Message message = event.getMessage();
        if (message != null) {
            message.setFormatted(scrubbed(message.getFormatted()));
            message.setMessage(scrubbed(message.getMessage()));
            message.setParams(null);
        }
        List<SentryException> exceptions = event.getExceptions();
        if (exceptions != null) {
            exceptions.forEach(exception -> exception.setValue(scrubbed(exception.getValue())));
        }
        scrubRequest(event);
        event.getContexts().remove("MDC");
        User user = event.getUser();
        if (user != null) {
            User idOnly = new User();
            idOnly.setId(user.getId());
            event.setUser(idOnly);
        }
        Map<String, Object> extras = event.getExtras();
        if (extras != null) {
            extras.keySet().removeIf(key -> !SAFE_EXTRAS.contains(key));
        }
        Map<String, String> tags = event.getTags();
        if (tags != null) {
            tags.replaceAll((key, value) -> MessageScrubber.scrub(value));
        }
        if (event.getBreadcrumbs() != null) {
            event.setBreadcrumbs(event.getBreadcrumbs().stream()
                    .filter(breadcrumb -> isWarningOrWorse(breadcrumb.getLevel()))
                    .map(this::scrubbedBreadcrumb)
                    .toList());
        }
        return event;
    }

    @Override
    public @Nullable Breadcrumb execute(Breadcrumb breadcrumb, Hint hint) {
        return isWarningOrWorse(breadcrumb.getLevel()) ? scrubbedBreadcrumb(breadcrumb) : null;
    }

    private Breadcrumb scrubbedBreadcrumb(Breadcrumb breadcrumb) {
        breadcrumb.setMessage(scrubbed(breadcrumb.getMessage()));
        breadcrumb.getData().clear();
        return breadcrumb;
    }

    private static void scrubRequest(SentryEvent event) {
        Request request = event.getRequest();
        if (request == null) {
            return;
        }
        Request kept = new Request();
        kept.setMethod(request.getMethod());
        kept.setUrl(scrubbed(request.getUrl()));
        event.setRequest(kept);
    }

    private static boolean isWarningOrWorse(@Nullable SentryLevel level) {
        return level != null && level.ordinal() >= SentryLevel.WARNING.ordinal();
    }

    private static @Nullable String scrubbed(@Nullable String text) {
        return text == null ? null : MessageScrubber.scrub(text);
    }
}
