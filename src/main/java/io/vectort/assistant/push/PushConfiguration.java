package io.vectort.assistant.push;

import io.vectort.shared.net.OutboundPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PushConfiguration {

    @Bean
    OutboundPolicy outboundPolicy(OutboundProperties properties) {
        return OutboundPolicy.of(properties.allowedHosts());
    }
}
