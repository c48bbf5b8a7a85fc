package io.vectort.assistant.sms;

import io.vectort.jobs.JobQueue;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an incoming text — from Twilio's webhook or the simulator, the same way — and returns at
 * once: the text is stored (once per provider id: Twilio retries a webhook it thinks failed) with
 * the user it is for, and a durable job answers it, however long the answer takes.
 */
@Service
public class SmsInbound {

    static final String JOB = "assistant-sms-answer";

    private final SmsMessages messages;
    private final SmsRoutes routes;
    private final SmsMetrics metrics;
    private final JobQueue jobs;

    SmsInbound(SmsMessages messages, SmsRoutes routes, SmsMetrics metrics, JobQueue jobs) {
        this.messages = messages;
        this.routes = routes;
        this.metrics = metrics;
        this.jobs = jobs;
    }

    /**
     * @param mediaCount attachments (MMS); the text is answered politely that only words are read
     * @return false when this text was received before (a retried webhook): nothing more is done
     */
    @Transactional
    public boolean receive(String providerSid, String from, String to, String body, int mediaCount) {
        Optional<UUID> user = routes.userFor(to, from);
        String text = mediaCount > 0 ? SmsMessage.MEDIA_MARK + body : body;
        if (!messages.insertInbound(user.orElse(null), providerSid, from, to, text)) {
            return false;
        }
        metrics.message("inbound", "received", SmsSegments.of(body).count());
        jobs.enqueue(JOB, providerSid);
        return true;
    }
}
