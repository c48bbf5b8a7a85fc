package io.vectort.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Redis settings, prefix {@code vectort.redis}.
 *
 * @param url {@code redis://host:6379} (environment {@code VECTORT_REDIS_URL}); empty for none
 * @param commandTimeout how long a Redis command may take before the caller falls back
 */
@ConfigurationProperties("vectort.redis")
public record RedisSettings(
        @DefaultValue("") String url, @DefaultValue("500ms") Duration commandTimeout) {

    public boolean configured() {
        return !url.isBlank();
    }

    /** The URL without its password ({@code redis://:secret@host} or {@code redis://user:secret@host}), for logs. */
    public String redactedUrl() {
        return url.replaceAll("//([^:@/]*):[^@/]*@", "//$1:***@");
    }
}
