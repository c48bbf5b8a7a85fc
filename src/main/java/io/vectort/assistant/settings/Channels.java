package io.vectort.assistant.settings;

/**
 * Which outside channels get the user's nudges. In-app is always on: it is where every nudge waits
 * until acknowledged.
 */
public record Channels(boolean email, boolean push, boolean sms) {

    /**
     * Email and SMS are opt-in (they leave the app; SMS also needs a verified phone); web push only
     * reaches devices the user subscribed.
     */
    public static final Channels DEFAULTS = new Channels(false, true, false);

    public boolean wants(String channel) {
        return switch (channel) {
            case "in-app" -> true;
            case "email" -> email;
            case "push" -> push;
            case "sms" -> sms;
            default -> false;
        };
    }
}
