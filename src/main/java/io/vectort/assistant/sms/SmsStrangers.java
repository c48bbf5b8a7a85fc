package io.vectort.assistant.sms;

import io.vectort.shared.PublicUrl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Someone without an account texted a number of ours: they are told, once a day at most, where to
 * sign up. Never the Assistant, and nothing about anyone's account.
 */
@Component
class SmsStrangers {

    private final JdbcClient jdbc;
    private final SmsOutbox outbox;
    private final PublicUrl publicUrl;

    SmsStrangers(JdbcClient jdbc, SmsOutbox outbox, PublicUrl publicUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    void answer(SmsMessage text) {
        int due = jdbc.sql("""
                        insert into sms_unknown_senders (number, answered_at) values (:number, now())
                        on conflict (number) do update set answered_at = now()
                        where sms_unknown_senders.answered_at < now() - interval '1 day'""").param("number", text.fromNumber()).update();
        if (due == 1
                && SmsKeyword.of(text.body()).filter(k -> k == SmsKeyword.STOP).isEmpty()) {
            String site = publicUrl.base().orElse("this Vectort server's website");
            outbox.toNumber(
                    null,
                    "sign-up",
                    "reply:" + text.providerSid(),
                    text.fromNumber(),
                    text.toNumber(),
                    SmsTexts.stranger(site));
        }
    }
}
