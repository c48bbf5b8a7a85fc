package io.vectort.generation.starter;

import java.util.Optional;

/**
 * One turn of the starter, before it is rendered as protocol text.
 *
 * @param next the project as it should be after this turn
 * @param previous what the starter generated for the previous turn, if this is a follow-up it knows
 * @param changes what to write and delete to get from the current files to {@code next}
 */
record StarterTurn(StarterProject next, Optional<StarterProject> previous, ProjectChanges changes) {

    boolean followUp() {
        return previous.isPresent();
    }
}
