package io.vectort.assistant.settings;

import java.time.LocalTime;
import java.util.Optional;

/**
 * The opt-in daily check-ins, as local times in the user's zone: the morning plan and the evening
 * review. Empty means off.
 */
public record CheckIns(Optional<LocalTime> morningPlanAt, Optional<LocalTime> eveningCheckInAt) {

    public static final CheckIns OFF = new CheckIns(Optional.empty(), Optional.empty());

    public Optional<LocalTime> at(CheckInKind kind) {
        return switch (kind) {
            case MORNING_PLAN -> morningPlanAt;
            case EVENING_REVIEW -> eveningCheckInAt;
        };
    }
}
