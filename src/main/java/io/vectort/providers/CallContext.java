package io.vectort.providers;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, for accounting and metrics.
 *
 * @param source {@code api} for the OpenAI-compatible API, {@code builder} for generations
 */
public record CallContext(String source, Optional<UUID> userId, Optional<UUID> apiKeyId) {}
