/** The Assistant's to-do list: one user's tasks, with an optional due time or day. */
@NullMarked
package io.vectort.assistant.tasks;

import org.jspecify.annotations.NullMarked;
