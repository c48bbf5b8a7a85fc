package io.vectort.errortracking;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sentry settings, prefix {@code sentry}: bound from Sentry's own variables ({@code SENTRY_DSN},
 * {@code SENTRY_ENVIRONMENT}, {@code SENTRY_RELEASE}) rather than {@code vectort.*}, so that the
 * names an operator already knows from Sentry's documentation work as they are.
 *
 * @param dsn the project's DSN; without it nothing of Sentry is started
 * @param environment defaults to the first active Spring profile, else {@code production}
 * @param release defaults to {@code vectort@<version of the build>}
 */
@ConfigurationProperties("sentry")
record ErrorTrackingProperties(
        @Nullable String dsn,
        @Nullable String environment,
        @Nullable String release) {

    boolean enabled() {
        return dsn != null && !dsn.isBlank();
    }
}
