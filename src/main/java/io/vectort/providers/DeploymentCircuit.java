package io.vectort.providers;

/**
 * A deployment and the state of its circuit breaker on this node: {@code closed} (calls go
 * through), {@code open} (skipped until the open duration passes) or {@code half-open} (one trial).
 */
public record DeploymentCircuit(String deployment, String provider, String model, String state) {}
