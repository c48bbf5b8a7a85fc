package io.vectort.generation.starter;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/** Registers the offline starter, the generator that is always there. */
@Configuration(proxyBeanMethods = false)
class StarterConfiguration {

    @Bean
    StarterCodeGenerator starterCodeGenerator(StarterProperties properties) {
        return new StarterCodeGenerator(properties.chunkDelay(), properties.chunkSize());
    }

    /**
     * Pacing of the offline starter's stream, prefix {@code vectort.generation.starter}.
     *
     * @param chunkDelay pause between streamed chunks, so people watch files appear (0 in tests)
     * @param chunkSize characters per streamed chunk
     */
    @Validated
    @ConfigurationProperties("vectort.generation.starter")
    record StarterProperties(
            @DefaultValue("15ms") Duration chunkDelay,
            @DefaultValue("256") @Min(1) int chunkSize) {}
}
