package io.vectort.errortracking;

import io.sentry.SentryOptions;
import java.util.Objects;

/** Sentry's options as Vectort runs it: no PII, no tracing, every event through the scrubber. */
final class SentryOptionsFactory {

    private SentryOptionsFactory() {}

    static SentryOptions create(ErrorTrackingProperties properties, String environment, String release) {
        SentryOptions options = new SentryOptions();
        options.setDsn(Objects.requireNonNull(properties.dsn()));
        options.setEnvironment(environment);
        options.setRelease(release);
        // No IP address, cookies or headers: the user is known by id (RequestContextProcessor).
        options.setSendDefaultPii(false);
        options.setMaxRequestBodySize(SentryOptions.RequestSize.NONE);
        // Tracing is OpenTelemetry's job; Sentry only receives errors.
        options.setTracesSampleRate(null);
        options.addInAppInclude("io.vectort");
        options.addEventProcessor(new RequestContextProcessor());
        EventScrubber scrubber = new EventScrubber();
        options.setBeforeSend(scrubber);
        options.setBeforeBreadcrumb(scrubber);
        return options;
    }
}
