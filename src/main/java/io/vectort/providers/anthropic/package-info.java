/**
 * Anthropic's Messages API ({@code POST /v1/messages}), streamed and not. {@link
 * io.vectort.providers.anthropic.AnthropicProvider} does the I/O; package-private mappers translate
 * the neutral, OpenAI-shaped conversation (system messages hoisted to {@code system}, tool calls as
 * {@code tool_use} blocks, tool answers as {@code tool_result} blocks) and read the event stream.
 */
@NullMarked
package io.vectort.providers.anthropic;

import org.jspecify.annotations.NullMarked;
