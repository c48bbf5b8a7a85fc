package io.vectort.events;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The local wake-ups of event followers, and the listener that brings other nodes' appends to them. */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    @Bean
    AppendSignals appendSignals() {
        return new AppendSignals();
    }

    /**
     * The writer has a connection of its own: requests and jobs that wait for the pool must never
     * hold up the progress of running generations, and a transaction that appends a status after
     * waiting for queued progress could otherwise wait for a connection it holds itself.
     */
    @Bean(destroyMethod = "")
    GroupCommitWriter groupCommitWriter(DataSource dataSource, AppendSignals signals, EventsProperties properties) {
        HikariDataSource own =
                hikari(dataSource).map(EventsConfiguration::ownConnection).orElse(null);
        DataSource used = own == null ? dataSource : own;
        return new GroupCommitWriter(
                JdbcClient.create(used),
                new TransactionTemplate(new DataSourceTransactionManager(used)),
                own,
                signals,
                properties.maxBatch(),
                properties.maxQueued());
    }

    /** The pool behind {@code dataSource}, also when tracing wraps it in a JDBC observation proxy. */
    private static Optional<HikariDataSource> hikari(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? Optional.of(dataSource.unwrap(HikariDataSource.class))
                    : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static HikariDataSource ownConnection(HikariDataSource pool) {
        HikariDataSource own = new HikariDataSource();
        own.setPoolName(pool.getPoolName() + "-events");
        own.setJdbcUrl(pool.getJdbcUrl());
        own.setUsername(pool.getUsername());
        own.setPassword(pool.getPassword());
        own.setMaximumPoolSize(1);
        own.setMinimumIdle(0);
        own.setConnectionTimeout(pool.getConnectionTimeout());
        own.setInitializationFailTimeout(-1);
        return own;
    }

    @Bean
    CrossNodeSignals crossNodeSignals(DataSource dataSource, AppendSignals signals) {
        return new CrossNodeSignals(dataSource, signals);
    }
}
