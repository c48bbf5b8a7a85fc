package io.vectort.identity.privacy;

import java.util.UUID;

/**
 * A module's part of a user's data export, implemented by each module that holds personal data
 * (generation, billing, the Assistant, identity itself). Contributors run one after another in
 * their {@code @Order}; the export's progress moves on after each.
 *
 * <p>{@link #write} runs inside a read-only, repeatable-read transaction shared by all
 * contributors, so the export is one consistent snapshot: it must only read.
 */
public interface PersonalDataContributor {

    /** What this part is, for progress and logs ("projects", "assistant"). */
    String name();

    /** Writes everything this module holds about {@code userId} into {@code sink}. */
    void write(UUID userId, ExportSink sink);
}
