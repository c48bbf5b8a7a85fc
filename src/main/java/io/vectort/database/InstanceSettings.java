package io.vectort.database;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secrets every node of an installation must agree on, created once (e.g. a generated signing key
 * when none is configured), stored encrypted under the master key (see {@link SettingsCipher}).
 * Concurrent first starts converge on the first value written.
 */
@Component
public class InstanceSettings {

    private final JdbcClient jdbc;
    private final SettingsCipher cipher;

    InstanceSettings(JdbcClient jdbc, DatabaseProperties properties) {
        this.jdbc = jdbc;
        this.cipher = SettingsCipher.of(properties.masterKey(), properties.dataDir());
    }

    public String getOrCreate(String key, Supplier<String> initialValue) {
        jdbc.sql("insert into instance_settings (key, value) values (:key, :value) on conflict (key) do nothing")
                .param("key", key)
                .param("value", cipher.seal(key, initialValue.get()))
                .update();
        String stored = jdbc.sql("select value from instance_settings where key = :key")
                .param("key", key)
                .query(String.class)
                .single();
        if (stored.startsWith(SettingsCipher.PREFIX)) {
            return cipher.open(key, stored);
        }
        // Written in plaintext by a version before encryption: encrypt it in place, keep the value.
        jdbc.sql("update instance_settings set value = :sealed where key = :key and value = :plain")
                .param("sealed", cipher.seal(key, stored))
                .param("key", key)
                .param("plain", stored)
                .update();
        return stored;
    }

    /**
     * Encrypts a secret kept elsewhere (e.g. a user's authenticator key) under the master key, bound
     * to {@code context}: a value sealed for one context cannot be opened in another.
     */
    public String seal(String context, String plaintext) {
        return cipher.seal(context, plaintext);
    }

    /** The plaintext of a value {@link #seal sealed} for {@code context}. */
    public String open(String context, String sealed) {
        return cipher.open(context, sealed);
    }
}
