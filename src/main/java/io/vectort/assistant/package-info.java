/**
 * The Assistant: a personal assistant for people who lose track of tasks and time. Its data is
 * personal — every query is scoped to one user, never to an organisation — and another user's id
 * answers 404. Sub-packages: {@code understanding} (commands in English and French, not AI),
 * {@code settings} (time zone, quiet hours), {@code tasks}, {@code reminders} (durable firing on
 * the job engine, delivery channels), {@code memory} (long-term memory and its hybrid search),
 * {@code calendar} (the reminders and due tasks as an ICS subscription), {@code web} (the REST API). Nothing outside depends on it.
 */
@NullMarked
package io.vectort.assistant;

import org.jspecify.annotations.NullMarked;
