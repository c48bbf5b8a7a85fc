package io.vectort.providers;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Each deployment's circuit breaker and retry policy (Resilience4j). Only retryable failures count
 * against a deployment: a 400 says nothing about its health. Retries honour {@code Retry-After}
 * up to the maximum backoff, and otherwise back off exponentially with jitter.
 */
final class DeploymentResilience {

    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;

    DeploymentResilience(LlmProperties.Breaker breaker, LlmProperties.Retry retry) {
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(breaker.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .waitDurationInOpenState(breaker.openDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(DeploymentResilience::countsAgainstDeployment)
                .build());
        this.retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(retry.maxAttempts())
                .retryOnException(DeploymentResilience::worthRetrying)
                .intervalBiFunction(interval(retry.initialBackoff(), retry.maxBackoff()))
                .failAfterMaxAttempts(false)
                .build());
    }

    /** Runs {@code call} on {@code deployment} through its retry and circuit breaker. */
    <T> T call(Deployment deployment, Supplier<T> call) {
        CircuitBreaker breaker = breakers.circuitBreaker(deployment.name());
        Retry retry = retries.retry(deployment.name());
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call))
                .get();
    }

    CircuitBreaker.State state(String deploymentName) {
        return breakers.circuitBreaker(deploymentName).getState();
    }

    private static boolean countsAgainstDeployment(Throwable e) {
        return e instanceof ProviderException provider && provider.retryable();
    }

    private static boolean worthRetrying(Throwable e) {
        return e instanceof ProviderException provider
                && provider.retryable()
                && !(e instanceof OutputAlreadySentException);
    }

    private static IntervalBiFunction<Object> interval(Duration initial, Duration max) {
        return (attempt, outcome) -> {
            if (outcome.isLeft()
                    && outcome.getLeft() instanceof ProviderException e
                    && e.retryAfter().isPresent()) {
                return Math.min(e.retryAfter().get().toMillis(), max.toMillis());
            }
            // A dropped connection is most often a pooled keep-alive connection the server had
            // already closed: a fresh connection usually works at once, so the first retry is immediate.
            if (attempt == 1
                    && outcome.isLeft()
                    && outcome.getLeft() instanceof ProviderException e
                    && e.kind() == ErrorKind.CONNECTION) {
                return 0L;
            }

            long exponential = Math.min(initial.toMillis() << Math.min(attempt - 1, 16), max.toMillis());
            return exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        };
    }
}
