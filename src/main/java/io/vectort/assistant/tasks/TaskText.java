package io.vectort.assistant.tasks;

import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.Text;

/** Rules for a task's title and notes. */
final class TaskText {

    static final int MAX_TITLE = 200;
    static final int MAX_NOTES = 2000;

    private TaskText() {}

    static String title(String title) {
        String trimmed = title.trim();
        if (trimmed.isEmpty() || Text.lengthInCodePoints(trimmed) > MAX_TITLE) {
            throw new InvalidRequestException("title", "invalid-length", "must be 1 to " + MAX_TITLE + " characters");
        }
        if (Text.hasForbiddenControlCharacters(trimmed) || trimmed.contains("\n") || trimmed.contains("\r")) {
            throw new InvalidRequestException("title", "control-characters", "must be a single line of printable text");
        }
        return trimmed;
    }

    static String notes(String notes) {
        String trimmed = notes.trim();
        if (Text.lengthInCodePoints(trimmed) > MAX_NOTES) {
            throw new InvalidRequestException(
                    "notes", "invalid-length", "must be at most " + MAX_NOTES + " characters");
        }
        if (Text.hasForbiddenControlCharacters(trimmed)) {
            throw new InvalidRequestException("notes", "control-characters", "must not contain control characters");
        }
        return trimmed;
    }
}
