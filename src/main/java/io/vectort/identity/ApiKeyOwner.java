package io.vectort.identity;

import java.util.UUID;

/** Who a valid API key belongs to, and the limits it carries. */
public record ApiKeyOwner(UUID keyId, UUID orgId, KeyLimits limits) {}
