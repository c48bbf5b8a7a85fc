package io.vectort.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class JobsPropertiesTest {

    private static JobsProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("vectort.jobs", JobsProperties.class);
    }

    /**
     * A job due in the future waits for the next poll, so the default interval is what keeps a
     * reminder's lateness under a second (bench/run-reminders.sh measured p99 ≈ 2 s with 2 s).
     */
    @Test
    void byDefaultANodeLooksForDueJobsTwiceASecond() {
        assertThat(bind(Map.of()).pollingInterval()).isEqualTo(Duration.ofMillis(500));
    }
}
