package io.vectort.billing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vectort.ratelimit.RateDecision;
import io.vectort.ratelimit.RateLimit;
import io.vectort.ratelimit.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The rate limits of each plan, and of sign-ups and purchases. Plans are read through a short-lived
 * cache: a plan change applies within seconds everywhere and at once on the node that made it.
 */
@Service
public class Quotas {

    private static final Duration PLAN_CACHE = Duration.ofSeconds(10);

    private final RateLimiter limiter;
    private final Plans plans;
    private final BillingProperties properties;
    private final Cache<UUID, Plan> planOf = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(PLAN_CACHE)
            .build();

    Quotas(RateLimiter limiter, Plans plans, BillingProperties properties) {
        this.limiter = limiter;
        this.plans = plans;
        this.properties = properties;
    }

    /**
     * Admits one generation. Over the limit, a plan that queues excess work gets the time at which
     * it may run; any other plan gets a {@link io.vectort.shared.RateLimitExceededException}.
     */
    public Optional<Instant> admitGeneration(UUID userId) {
        Plan plan = plan(userId);
        if (plan.generationsPerMinute().isEmpty()) {
            return Optional.empty();
        }
        RateDecision decision = limiter.tryAcquire(
                "gen:" + plan.id() + ":" + userId,
                new RateLimit("generations", plan.generationsPerMinute().getAsInt(), Duration.ofMinutes(1)));
        if (!decision.allowed() && plan.queueExcess()) {
            return Optional.of(Instant.now().plus(decision.retryAfter()));
        }
        decision.orThrow();
        return Optional.empty();
    }

    /**
     * Admits one call of the OpenAI-compatible API. The daily quota is the organisation's, shared by
     * all its keys: a bucket per key would let anyone multiply the quota by creating keys.
     */
    public RateDecision admitApiRequest(UUID orgId) {
        Plan plan = plan(orgId);
        if (plan.apiRequestsPerDay().isEmpty()) {
            return new RateDecision(
                    true,
                    new RateLimit("API requests", Long.MAX_VALUE, Duration.ofDays(1)),
                    Long.MAX_VALUE,
                    Duration.ZERO,
                    Duration.ZERO);
        }
        return limiter.tryAcquire(
                        "api:" + plan.id() + ":" + orgId,
                        new RateLimit("API requests", plan.apiRequestsPerDay().getAsInt(), Duration.ofDays(1)))
                .orThrow();
    }

    public void admitPurchase(UUID userId) {
        limiter.tryAcquire(
                        "purchase:" + userId,
                        new RateLimit("purchases", properties.purchasesPerHour(), Duration.ofHours(1)))
                .orThrow();
    }

    /** Forgets the cached plan of an account, after a plan change on this node. */
    public void planChanged(UUID userId) {
        planOf.invalidate(userId);
    }

    private Plan plan(UUID userId) {
        return planOf.get(userId, plans::of);
    }
}
