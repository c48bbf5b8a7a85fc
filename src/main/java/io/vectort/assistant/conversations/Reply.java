package io.vectort.assistant.conversations;

/** What the Assistant answers and the name of what it understood (for example {@code add_reminder}). */
record Reply(String intent, String text) {}
