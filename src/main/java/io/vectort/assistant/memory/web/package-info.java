/** HTTP endpoints of the Assistant's long-term memory under {@code /api/v1/assistant/memories}. */
@NullMarked
package io.vectort.assistant.memory.web;

import org.jspecify.annotations.NullMarked;
