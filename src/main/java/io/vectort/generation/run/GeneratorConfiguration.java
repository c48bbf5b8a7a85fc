package io.vectort.generation.run;

import io.vectort.generation.starter.StarterCodeGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Registers the offline starter, the generator that is always there. */
@Configuration(proxyBeanMethods = false)
class GeneratorConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    StarterCodeGenerator starterCodeGenerator(GenerationProperties properties) {
        return new StarterCodeGenerator(
                properties.starter().chunkDelay(), properties.starter().chunkSize());
    }
}
