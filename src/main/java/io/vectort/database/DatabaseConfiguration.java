package io.vectort.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
        return new HikariDataSource(config);
    }
}
