package io.vectort.assistant.conversations;

import io.vectort.assistant.agent.TurnListener;
import io.vectort.assistant.agent.tools.Step;

/** Hears an exchange as it happens: the user's message once stored, then the turn live. Must not throw. */
public interface ExchangeListener extends TurnListener {

    ExchangeListener NONE = new ExchangeListener() {
        @Override
        public void sent(Message message) {}

        @Override
        public void delta(String text) {}

        @Override
        public void step(Step step) {}
    };

    void sent(Message message);
}
