package io.vectort.assistant.settings;

/**
 * Which outside channels get the user's nudges. In-app is always on: it is where every nudge waits
 * until acknowledged. SMS is not available yet and always off.
 */
public record Channels(boolean email, boolean push) {

    /** Email is opt-in (it leaves the app); web push only reaches devices the user subscribed. */
    public static final Channels DEFAULTS = new Channels(false, true);

    public boolean wants(String channel) {
        return switch (channel) {
            case "in-app" -> true;
            case "email" -> email;
            case "push" -> push;
            default -> false;
        };
    }
}
