/**
 * Durable per-stream event logs (a stream is, for example, one generation): append with a
 * per-stream sequence number, replay after a given number, and follow live. Server-Sent Events
 * are served from here so every stream has the same replay semantics ({@code Last-Event-ID}).
 */
@NullMarked
package io.vectort.events;

import org.jspecify.annotations.NullMarked;
