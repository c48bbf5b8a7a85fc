package io.vectort.assistant.memory;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Long-term memory settings, prefix {@code vectort.assistant.memory} (environment
 * {@code VECTORT_ASSISTANT_MEMORY_*}).
 *
 * @param indexMaxSize the most memory the per-user indexes (vectors and full text) of this node
 *     hold together (about 2.1 KB per fact); the least recently searched users' indexes are
 *     dropped first and reloaded from PostgreSQL when needed
 * @param indexIdleTime a user's index is dropped after this long without a search
 */
@Validated
@ConfigurationProperties("vectort.assistant.memory")
record AssistantMemoryProperties(
        @DefaultValue("256MB") @NotNull DataSize indexMaxSize,
        @DefaultValue("30m") @NotNull Duration indexIdleTime) {

    AssistantMemoryProperties {
        if (indexMaxSize.toBytes() < DataSize.ofMegabytes(1).toBytes()) {
            throw new IllegalArgumentException(
                    "vectort.assistant.memory.index-max-size must be at least 1MB, was " + indexMaxSize);
        }
        if (indexIdleTime.isNegative() || indexIdleTime.isZero()) {
            throw new IllegalArgumentException(
                    "vectort.assistant.memory.index-idle-time must be positive, was " + indexIdleTime);
        }
    }
}
