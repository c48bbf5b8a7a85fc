package io.vectort.assistant.reminders;

import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.Text;

/** Rules for what a reminder says. */
final class ReminderText {

    static final int MAX_LENGTH = 500;

    private ReminderText() {}

    static String valid(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || Text.lengthInCodePoints(trimmed) > MAX_LENGTH) {
            throw new InvalidRequestException("text", "invalid-length", "must be 1 to " + MAX_LENGTH + " characters");
        }
        if (Text.hasForbiddenControlCharacters(trimmed)) {
            throw new InvalidRequestException("text", "control-characters", "must not contain control characters");
        }
        return trimmed;
    }
}
