/**
 * The OpenAI-compatible edge ({@code /v1/chat/completions}, {@code /v1/models}, {@code
 * /v1/embeddings}) for API-key holders: OpenAI wire format in and out, OpenAI error shapes, every
 * call routed and accounted by the providers module.
 */
@NullMarked
package io.vectort.gateway;

import org.jspecify.annotations.NullMarked;
