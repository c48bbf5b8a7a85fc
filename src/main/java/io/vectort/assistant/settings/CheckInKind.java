package io.vectort.assistant.settings;

/** The two daily check-ins; {@link #code()} is how they are stored and named in notifications. */
public enum CheckInKind {
    MORNING_PLAN("morning_plan"),
    EVENING_REVIEW("evening_review");

    private final String code;

    CheckInKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CheckInKind fromCode(String code) {
        for (CheckInKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown check-in kind " + code);
    }
}
