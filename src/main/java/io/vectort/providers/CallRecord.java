package io.vectort.providers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** One routed LLM call as accounted: who, where, what it consumed and cost, how it went. */
public record CallRecord(
        UUID id,
        Instant occurredAt,
        CallContext context,
        String requestedModel,
        Optional<Deployment> deployment,
        String status,
        Optional<ErrorKind> errorKind,
        Usage usage,
        BigDecimal costUsd,
        long latencyMillis,
        OptionalLong timeToFirstTokenMillis,
        int fallbacks,
        String routeReason) {}
