package io.vectort.assistant.sms;

import io.vectort.assistant.planning.CheckInChannel;
import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.CheckInKind;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The morning plan and evening review by SMS, for users who chose SMS: cut to the segment budget,
 * the rest on "MORE". Quiet hours were already waited out by the check-in's scheduling.
 */
@Component
class SmsCheckIns implements CheckInChannel {

    private final SmsPhones phones;
    private final SmsOutbox outbox;
    private final SmsProperties properties;

    SmsCheckIns(SmsPhones phones, SmsOutbox outbox, SmsProperties properties) {
        this.phones = phones;
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public void checkIn(UUID userId, CheckInKind kind, LocalDate date, String text, AssistantSettings settings) {
        if (!settings.wantsChannel("sms") || !phones.reachable(userId)) {
            return;
        }
        ReplyCut cut =
                ReplyCut.of(text, properties.maxReplySegments(), SmsTexts.moreNote(settings.languageOrEnglish()));
        outbox.toUser(
                userId,
                "check-in",
                "check-in:" + userId + ":" + kind.code() + ":" + date,
                cut.head(),
                cut.rest().orElse(null));
    }
}
