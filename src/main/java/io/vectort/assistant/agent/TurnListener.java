package io.vectort.assistant.agent;

import io.vectort.assistant.agent.tools.Step;

/**
 * Hears a turn as it happens, for a client watching it live. It must not throw: a client that went
 * away does not stop the turn — what the user asked for is carried out and stored all the same.
 */
public interface TurnListener {

    TurnListener NONE = new TurnListener() {
        @Override
        public void delta(String text) {}

        @Override
        public void step(Step step) {}
    };

    /** The next piece of the reply's text. */
    void delta(String text);

    /** A tool the model called, once it ran. */
    void step(Step step);
}
