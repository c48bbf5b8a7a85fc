package io.vectort.assistant.agent.tools;

/** Arguments a model sent that do not make sense; the model is told why and may try again. */
public class ToolArgumentException extends RuntimeException {

    public ToolArgumentException(String message) {
        super(message, null, false, false);
    }
}
