/**
 * Google's Gemini API ({@code generateContent}, {@code streamGenerateContent?alt=sse}, {@code
 * batchEmbedContents}). {@link io.vectort.providers.gemini.GeminiProvider} does the I/O;
 * package-private mappers translate the neutral conversation ({@code systemInstruction}, {@code
 * contents} of {@code user}/{@code model} parts) and read answers. Gemini gives function calls no
 * ids, so they get deterministic ones, and tool answers are matched back to their function by id.
 */
@NullMarked
package io.vectort.providers.gemini;

import org.jspecify.annotations.NullMarked;
