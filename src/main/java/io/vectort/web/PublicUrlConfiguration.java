package io.vectort.web;

import io.vectort.shared.PublicUrl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The installation's public URL ({@code VECTORT_PUBLIC_URL}) for every module that hands out links. */
@Configuration(proxyBeanMethods = false)
class PublicUrlConfiguration {

    @Bean
    PublicUrl publicUrl(WebProperties properties) {
        return properties.links();
    }
}
