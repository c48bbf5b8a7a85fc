package io.vectort.database;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Values every node of an installation must agree on, created once (e.g. a generated signing key
 * when none is configured). Concurrent first starts converge on the first value written.
 */
@Component
public class InstanceSettings {

    private final JdbcClient jdbc;

    InstanceSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String getOrCreate(String key, Supplier<String> initialValue) {
        jdbc.sql("insert into instance_settings (key, value) values (:key, :value) on conflict (key) do nothing")
                .param("key", key)
                .param("value", initialValue.get())
                .update();
        return jdbc.sql("select value from instance_settings where key = :key")
                .param("key", key)
                .query(String.class)
                .single();
    }
}
