/**
 * The Assistant's agent: when an AI provider is configured, a message is answered by a model
 * through the LLM gateway, which may call the Assistant's tools (tasks, reminders, memory, time)
 * several times within a step and cost budget before it replies. Each step is recorded with the
 * reply. Without a provider the conversation falls back to the fixed rules of {@code
 * understanding}.
 */
@NullMarked
package io.vectort.assistant.agent;

import org.jspecify.annotations.NullMarked;
