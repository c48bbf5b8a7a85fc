package io.vectort.assistant.sms;

import io.vectort.assistant.sms.twilio.TwilioTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Twilio when an account is configured, else the simulator. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

    @Bean
    SmsTransport smsTransport(SmsProperties properties, SmsDelivery delivery) {
        if (properties.twilio().configured()) {
            log.info(
                    "SMS through Twilio ({} routing)",
                    properties.routing().name().toLowerCase(java.util.Locale.ROOT));
            return new TwilioTransport(properties.twilio());
        }
        log.info("SMS: no Twilio account (VECTORT_TWILIO_ACCOUNT_SID), texts go to the simulator");
        return new SimulatedTransport(delivery);
    }
}
