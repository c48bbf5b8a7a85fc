package io.vectort.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the data source to the bundled PostgreSQL or to the configured server. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    BundledPostgres bundledPostgres(DatabaseProperties properties) {
        if (!properties.usesBundledServer()) {
            return BundledPostgres.none();
        }
        if (!properties.embeddedDatabaseName().matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException(
                    "vectort.database.embedded-database-name must be lowercase letters, digits and _");
        }
        return BundledPostgres.start(
                properties.dataDir(), properties.embeddedPort(), properties.embeddedDatabaseName());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, BundledPostgres bundled) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("vectort");
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(Math.min(2, properties.poolSize()));
        // A failing database must surface fast as a 503, not park request threads for 30 s.
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(10_000);
        if (bundled.running()) {
            config.setJdbcUrl(bundled.jdbcUrl());
            config.setUsername("postgres");
        } else {
            if (!properties.url().startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("VECTORT_DATABASE_URL must be a PostgreSQL JDBC URL"
                        + " (jdbc:postgresql://host:5432/db); PostgreSQL is the only supported database");
            }
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new IllegalStateException(unreachable(bundled.running() ? bundled.jdbcUrl() : properties.url(), e));
        }
    }

    /** Names the server and the cause, never the password, so the operator knows what to fix. */
    private static String unreachable(String url, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return "Cannot reach the PostgreSQL database at " + url.replaceAll("password=[^&]*", "password=***")
                + " (VECTORT_DATABASE_URL, VECTORT_DATABASE_USER, VECTORT_DATABASE_PASSWORD): "
                + cause.getMessage();
    }
}
