package io.vectort.billing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One row of the append-only ledger. */
public record LedgerEntry(
        UUID id,
        String kind,
        long balanceDeltaMicros,
        long reservedDeltaMicros,
        Optional<String> reference,
        String description,
        Instant createdAt) {}
