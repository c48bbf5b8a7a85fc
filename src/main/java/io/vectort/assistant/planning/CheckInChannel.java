package io.vectort.assistant.planning;

import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.CheckInKind;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A channel that carries check-ins besides the app (SMS). Called inside the delivering
 * transaction, once per check-in: it queues, it does not call out.
 */
public interface CheckInChannel {

    /**
     * @param date the user's local day the check-in is about (with the kind, it identifies it)
     * @param text what the check-in says
     */
    void checkIn(UUID userId, CheckInKind kind, LocalDate date, String text, AssistantSettings settings);
}
