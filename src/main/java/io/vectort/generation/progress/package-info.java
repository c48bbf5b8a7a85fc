/**
 * A generation's progress events: the sealed set of typed records clients receive as Server-Sent
 * Events, and the one writer that puts them into the event log. Their JSON schema
 * ({@code docs/generation-events.schema.json}) is generated from these records, and the web app's
 * types from that schema, so the wire format is written down once.
 */
@NullMarked
package io.vectort.generation.progress;

import org.jspecify.annotations.NullMarked;
