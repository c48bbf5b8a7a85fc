package io.vectort.errortracking;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.sentry.Sentry;
import io.sentry.SentryOptions;
import io.sentry.logback.SentryAppender;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Initialises Sentry and hangs its Logback appender on the root logger: {@code ERROR} lines become
 * events, {@code WARN} lines breadcrumbs. Without options (no DSN) it does nothing at all: no
 * Sentry thread, connection or appender. Sentry is global to the JVM, so stopping undoes
 * everything, and an application context started after this one starts from a clean state.
 */
final class SentryLifecycle implements SmartLifecycle {

    static final String APPENDER_NAME = "SENTRY";

    private final Optional<SentryOptions> options;
    private @Nullable SentryAppender appender;

    SentryLifecycle(Optional<SentryOptions> options) {
        this.options = options;
    }

    @Override
    public void start() {
        options.ifPresent(configured -> {
            Sentry.init(configured);
            appender = appender(configured);
            rootLogger().addAppender(appender);
        });
    }

    @Override
    public void stop() {
        if (appender != null) {
            rootLogger().detachAppender(appender);
            appender.stop();
            appender = null;
            // Flushes what is queued (up to the options' shutdown timeout), then stops its threads.
            Sentry.close();
        }
    }

    @Override
    public boolean isRunning() {
        return appender != null;
    }

    /** First to start and last to stop, so that errors of the other components are reported. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    private static SentryAppender appender(SentryOptions configured) {
        SentryAppender appender = new SentryAppender();
        // The appender initialises Sentry itself when started, at the lowest priority: given the
        // same DSN, that call is ignored because Sentry already runs with the options above.
        SentryOptions appenderOptions = new SentryOptions();
        appenderOptions.setDsn(configured.getDsn());
        appender.setOptions(appenderOptions);
        appender.setName(APPENDER_NAME);
        appender.setMinimumEventLevel(Level.ERROR);
        appender.setMinimumBreadcrumbLevel(Level.WARN);
        // Sentry Logs (a separate product) stay off: only errors and their breadcrumbs leave.
        appender.setMinimumLevel(Level.OFF);
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        return appender;
    }

    private static Logger rootLogger() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
