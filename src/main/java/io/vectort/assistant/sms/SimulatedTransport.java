package io.vectort.assistant.sms;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS simulator, used when no Twilio account is configured: a text "sent" is stored like any
 * other and reported sent, then delivered, through the same path as Twilio's status callbacks, for
 * the simulator page to show; numbers are handed out from the 555 range. Nothing leaves the machine.
 */
final class SimulatedTransport implements SmsTransport, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatedTransport.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SmsDelivery delivery;
    private final ScheduledExecutorService reports = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sms-simulator");
        thread.setDaemon(true);
        return thread;
    });

    SimulatedTransport(SmsDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public String mode() {
        return "simulator";
    }

    @Override
    public Sent send(Outgoing message) {
        String sid = sid("SM");
        report(sid, "sent", 200);
        report(sid, "delivered", 600);
        return new Sent(sid, "queued");
    }

    /** An id shaped like Twilio's: a two-letter prefix and 32 hex digits. */
    static String sid(String prefix) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return prefix + HexFormat.of().formatHex(random);
    }

    @Override
    public Optional<Long> priceMicros(String providerSid) {
        return Optional.of(0L);
    }

    @Override
    public Number provision(String country, String smsUrl) {
        String number = "+1555" + String.format("%07d", RANDOM.nextInt(10_000_000));
        return new Number(number, sid("PN"));
    }

    @Override
    public void release(String providerSid) {}

    /** Reports a status a little later, as a carrier would. */
    private void report(String sid, String status, long delayMillis) {
        reports.schedule(
                () -> {
                    try {
                        delivery.reported(sid, status, null);
                    } catch (RuntimeException e) {
                        log.warn("The SMS simulator could not report {} for {}", status, sid, e);
                    }
                },
                delayMillis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        reports.shutdownNow();
    }
}
