package io.vectort.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON converter of the HTTP API, replacing Spring Boot's: the application's mapper, plus
 * {@link StorableTextDeserializer} for request bodies. The shared mapper itself stays lenient, as
 * it also reads what upstream providers send.
 */
@Configuration(proxyBeanMethods = false)
class RequestJsonConfiguration {

    @Bean
    JacksonJsonHttpMessageConverter jacksonJsonHttpMessageConverter(JsonMapper json) {
        SimpleModule storableText = new SimpleModule("storable-text");
        storableText.addDeserializer(String.class, new StorableTextDeserializer());
        return new JacksonJsonHttpMessageConverter(
                json.rebuild().addModule(storableText).build());
    }
}
