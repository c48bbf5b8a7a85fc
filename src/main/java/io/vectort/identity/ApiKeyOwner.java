package io.vectort.identity;

import java.util.UUID;

/**
 * Who a valid API key belongs to, and the limits it carries. {@code suspended}: its organisation
 * was suspended by a platform admin, and the key must be refused.
 */
public record ApiKeyOwner(UUID keyId, UUID orgId, KeyLimits limits, boolean suspended) {}
