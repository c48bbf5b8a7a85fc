/**
 * Generation by AI models through the gateway: a system prompt that teaches the file-operation
 * protocol, compact follow-up context (file list, relevant files, earlier requests), and
 * continuation of output cut off by the model's length limit.
 */
@NullMarked
package io.vectort.generation.llm;

import org.jspecify.annotations.NullMarked;
