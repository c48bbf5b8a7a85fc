package io.vectort.assistant.memory;

import java.util.List;

/**
 * The memories chosen for a prompt, best first, and their text as it goes into the prompt.
 *
 * @param text one fact per line ("- fact"), empty when nothing fits or nothing is relevant
 * @param tokens the size of {@code text} in tokens, at most the budget asked for
 */
public record MemoryContext(List<Memory> memories, String text, long tokens) {}
