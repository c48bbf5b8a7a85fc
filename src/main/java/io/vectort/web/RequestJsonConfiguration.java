package io.vectort.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON converter of the HTTP server: the application's mapper plus
 * {@link StorableTextDeserializer} for request bodies. The shared mapper itself stays lenient, as it
 * also reads what upstream providers send. It takes the JSON converter's place rather than being a
 * converter bean, which Spring Boot would put before the String converter (and so quote every
 * String answer, the OpenAPI document among them).
 */
@Configuration(proxyBeanMethods = false)
class RequestJsonConfiguration {

    /** Runs after Spring Boot's own Jackson customizer ({@code @Order(0)}), replacing its converter. */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer storableTextJsonConverter(JsonMapper json) {
        SimpleModule storableText = new SimpleModule("storable-text");
        storableText.addDeserializer(String.class, new StorableTextDeserializer());
        JsonMapper requests = json.rebuild().addModule(storableText).build();
        return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(requests));
    }
}
