/**
 * Error tracking with Sentry, started only when {@code SENTRY_DSN} is set: every {@code ERROR} log
 * line (the 500 handlers' and exhausted jobs' among them) becomes an event, earlier {@code WARN}+
 * lines of the same thread its breadcrumbs. Events carry the request's method and path template,
 * the user and organisation ids, the request id, the release and the environment, and are scrubbed
 * before they leave: no bodies, headers, query strings or e-mail addresses, secrets masked,
 * messages cut to one short line (see {@link io.vectort.errortracking.MessageScrubber}). It reads
 * only the log context ({@code MDC}) and the current request, so no module depends on it.
 */
@NullMarked
package io.vectort.errortracking;

import org.jspecify.annotations.NullMarked;
