package io.vectort.events;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local wake-ups of event followers, and the listener that brings other nodes' appends to them. */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    @Bean
    AppendSignals appendSignals() {
        return new AppendSignals();
    }

    @Bean
    CrossNodeSignals crossNodeSignals(DataSource dataSource, AppendSignals signals) {
        return new CrossNodeSignals(dataSource, signals);
    }
}
