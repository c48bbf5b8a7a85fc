package io.vectort.providers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * The result of a routed call: who answered, what it consumed and cost.
 *
 * @param deployment the deployment that answered
 * @param fallbacks how many deployments failed before it
 * @param timeToFirstToken for streams
 */
public record RoutedCall(
        Deployment deployment,
        String model,
        Usage usage,
        BigDecimal costUsd,
        int fallbacks,
        RouteDecision decision,
        Duration latency,
        Optional<Duration> timeToFirstToken) {}
