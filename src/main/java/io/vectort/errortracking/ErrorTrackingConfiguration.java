package io.vectort.errortracking;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Starts Sentry with the application when a DSN is configured, and closes it on shutdown. */
@Configuration(proxyBeanMethods = false)
class ErrorTrackingConfiguration {

    @Bean
    SentryLifecycle sentryLifecycle(
            ErrorTrackingProperties properties, Environment environment, ObjectProvider<BuildProperties> build) {
        if (!properties.enabled()) {
            return new SentryLifecycle(Optional.empty());
        }
        return new SentryLifecycle(Optional.of(SentryOptionsFactory.create(
                properties, environmentOf(properties, environment), releaseOf(properties, build))));
    }

    private static String environmentOf(ErrorTrackingProperties properties, Environment environment) {
        if (properties.environment() != null && !properties.environment().isBlank()) {
            return properties.environment();
        }
        return Arrays.stream(environment.getActiveProfiles()).findFirst().orElse("production");
    }

    private static String releaseOf(ErrorTrackingProperties properties, ObjectProvider<BuildProperties> build) {
        if (properties.release() != null && !properties.release().isBlank()) {
            return properties.release();
        }
        BuildProperties info = build.getIfAvailable();
        if (info != null && info.getVersion() != null) {
            return "vectort@" + info.getVersion();
        }
        String manifestVersion = ErrorTrackingConfiguration.class.getPackage().getImplementationVersion();
        return "vectort@" + (manifestVersion == null ? "unknown" : manifestVersion);
    }
}
