package io.vectort.assistant.agent;

import io.vectort.assistant.agent.tools.Step;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the agent answered.
 *
 * @param text the reply for the user
 * @param steps the tools it ran, in order
 * @param model the model that wrote the last part of the reply
 * @param costUsd what the turn's model calls cost
 */
public record AgentReply(String text, List<Step> steps, String model, BigDecimal costUsd) {

    public AgentReply {
        steps = List.copyOf(steps);
    }
}
