/**
 * OpenAI Chat Completions and Embeddings, as spoken by OpenAI and by the servers that copy it
 * (Azure OpenAI, Ollama's {@code /v1}, vLLM, LM Studio, OpenRouter, Groq). {@link
 * io.vectort.providers.openai.OpenAiCompatibleProvider} does the I/O; package-private mappers turn
 * neutral types into wire JSON and back without I/O. A caller's original OpenAI body passes through
 * untouched except for {@code model} and the streaming flags.
 */
@NullMarked
package io.vectort.providers.openai;

import org.jspecify.annotations.NullMarked;
