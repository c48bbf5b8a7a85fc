package io.vectort.errortracking;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import io.sentry.Sentry;
import io.vectort.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The shared test context has no DSN, as a fresh installation: Sentry must not run at all. */
class ErrorTrackingOffIT extends IntegrationTest {

    @Test
    void withoutADsnNothingOfSentryRuns() {
        assertThat(Sentry.isEnabled()).isFalse();
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(SentryLifecycle.APPENDER_NAME))
                .isNull();
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("Sentry"));
    }
}
