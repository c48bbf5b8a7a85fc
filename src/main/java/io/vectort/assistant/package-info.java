/**
 * The Assistant: a personal assistant whose data belongs to one user, never to their organisation.
 * Sub-packages own its parts (long-term memory, ...); nothing outside depends on it.
 */
@NullMarked
package io.vectort.assistant;

import org.jspecify.annotations.NullMarked;
