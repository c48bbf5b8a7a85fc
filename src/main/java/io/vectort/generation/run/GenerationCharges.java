package io.vectort.generation.run;

import io.vectort.billing.CreditLedger;
import io.vectort.billing.Money;
import io.vectort.generation.generator.GenerationReport;
import org.springframework.stereotype.Component;

/**
 * The credits of a generation: held when it was submitted, settled on its real cost when it
 * succeeds, released when it fails or is cancelled. Always called inside the transaction that
 * changes the generation's status, whose conditional update happens once: so does the charge.
 */
@Component
class GenerationCharges {

    private final CreditLedger ledger;

    GenerationCharges(CreditLedger ledger) {
        this.ledger = ledger;
    }

    static String key(Generation generation, String step) {
        return "generation:" + generation.id() + ":" + step;
    }

    void settle(Generation generation, GenerationReport report) {
        if (generation.automaticFix()) {
            return; // Vectort's own attempt to repair a build it verified: the user is not charged.
        }
        long actual = Money.microsOf(report.costUsd());
        if (generation.reservedMicros() > 0 || actual > 0) {
            ledger.settle(
                    generation.orgId(),
                    generation.reservedMicros(),
                    actual,
                    key(generation, "settle"),
                    reference(generation));
        }
    }

    void release(Generation generation) {
        if (generation.reservedMicros() > 0) {
            ledger.release(
                    generation.orgId(), generation.reservedMicros(), key(generation, "release"), reference(generation));
        }
    }

    private static String reference(Generation generation) {
        return "generation " + generation.id();
    }
}
