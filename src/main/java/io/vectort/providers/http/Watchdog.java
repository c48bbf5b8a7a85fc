package io.vectort.providers.http;

import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.ProviderException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Enforces a deployment's first-token and total timeouts on one call. A blocked read on an HTTP body
 * cannot be given a timeout, so when a deadline passes the watchdog runs the call's abort action
 * (cancel the pending exchange, close the body stream): the blocked thread wakes with an error or an
 * early end of stream, and asks {@link #expired()} to report a timeout rather than a lost
 * connection.
 */
final class Watchdog implements AutoCloseable {

    /**
     * One timer thread for every call in the JVM: its tasks only close streams. Cancelled tasks are
     * removed at once, so thousands of finished calls with long total timeouts hold no memory.
     */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final Deployment deployment;
    private final AtomicReference<String> expiry = new AtomicReference<>();
    private final ScheduledFuture<?> firstToken;
    private final ScheduledFuture<?> total;
    private volatile Runnable abort = () -> {};

    private Watchdog(Deployment deployment) {
        this.deployment = deployment;
        this.firstToken = schedule(
                deployment.firstTokenTimeout(),
                "no answer within the first-token timeout of " + deployment.firstTokenTimeout());
        this.total =
                schedule(deployment.totalTimeout(), "call exceeded the total timeout of " + deployment.totalTimeout());
    }

    static Watchdog start(Deployment deployment) {
        return new Watchdog(deployment);
    }

    /** What to do when a deadline passes; runs at once if one already has. */
    void onExpiry(Runnable action) {
        this.abort = action;
        if (expired()) {
            action.run();
        }
    }

    /** The first byte of the answer arrived: only the total timeout still applies. */
    void firstByteArrived() {
        firstToken.cancel(false);
    }

    boolean expired() {
        return expiry.get() != null;
    }

    ProviderException timeout() {
        return new ProviderException(
                ErrorKind.TIMEOUT,
                OptionalInt.empty(),
                Optional.empty(),
                ErrorMessages.forCaller(
                        deployment, Optional.ofNullable(expiry.get()).orElse("timed out")));
    }

    @Override
    public void close() {
        firstToken.cancel(false);
        total.cancel(false);
    }

    private ScheduledFuture<?> schedule(Duration after, String reason) {
        return TIMER.schedule(() -> fire(reason), Math.max(0, after.toNanos()), TimeUnit.NANOSECONDS);
    }

    private void fire(String reason) {
        if (expiry.compareAndSet(null, reason)) {
            abort.run();
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "vectort-provider-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
