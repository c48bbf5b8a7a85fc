package io.vectort.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a bounded number of state-changing {@code /api} requests run at once and queues the rest
 * (fairly, first come first served). A burst of a thousand submissions then shares the database
 * pool with running work instead of timing out on it; a request that waits too long, or finds the
 * queue full, is refused with 503 and {@code Retry-After} before anything is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@EnableConfigurationProperties(AdmissionProperties.class)
class AdmissionFilter extends OncePerRequestFilter {

    static final long RETRY_AFTER_SECONDS = 2;
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AdmissionProperties properties;
    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ProblemWriter problems;
    private final Counter refused;

    AdmissionFilter(AdmissionProperties properties, ProblemWriter problems, MeterRegistry meters) {
        this.properties = properties;
        this.permits = new Semaphore(properties.maxConcurrent(), true);
        this.problems = problems;
        this.refused = Counter.builder("vectort.admission.refused")
                .description("State-changing API requests refused with 503 because the node was saturated")
                .register(meters);
        Gauge.builder("vectort.admission.waiting", waiting, AtomicInteger::get)
                .description("State-changing API requests waiting for their turn")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || !STATE_CHANGING.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admit()) {
            refused.increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
            problems.write(
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "overloaded",
                    "The server is busy; retry in a few seconds");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private boolean admit() {
        try {
            // A fair semaphore's tryAcquire() barges ahead of waiters; tryAcquire(0, unit) keeps the order.
            if (permits.tryAcquire(0, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (waiting.incrementAndGet() > properties.maxQueue()) {
                waiting.decrementAndGet();
                return false;
            }
            try {
                return permits.tryAcquire(properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
