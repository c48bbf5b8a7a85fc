package io.vectort.billing;

import java.time.LocalDate;
import java.util.UUID;

/** Credits an organisation was charged for usage on one UTC day, in micro-USD. */
public record ChargeTotals(LocalDate day, UUID orgId, long chargedMicros) {}
