package io.vectort.assistant.agent;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The agent's settings, prefix {@code vectort.assistant.agent}.
 *
 * @param enabled false answers every message with the fixed rules even when a provider is
 *     configured (for an operator who wants no personal data sent to a model)
 * @param model the model or alias the agent asks the gateway for ({@code auto} routes by the
 *     message's complexity)
 * @param maxSteps model calls in one turn; the last one may no longer call tools
 * @param maxCostUsd what one turn may cost at most; no further step starts beyond it
 * @param maxOutputTokens output limit of each model call (replies are meant to be short)
 * @param historyMessages earlier messages of the conversation the model sees
 * @param memoryTokens room for the user's long-term memories in the prompt
 */
@Validated
@ConfigurationProperties("vectort.assistant.agent")
public record AgentProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("auto") String model,
        @DefaultValue("6") @Min(1) @Max(20) int maxSteps,
        @DefaultValue("0.05") @DecimalMin("0.0001") BigDecimal maxCostUsd,
        @DefaultValue("800") @Min(64) @Max(16000) int maxOutputTokens,
        @DefaultValue("20") @Min(0) @Max(200) int historyMessages,
        @DefaultValue("400") @Min(0) @Max(8000) int memoryTokens) {}
