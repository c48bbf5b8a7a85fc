/**
 * Web push for the Assistant's nudges: the browser's Push API with VAPID (RFC 8292) and encrypted
 * payloads (RFC 8291), so a nudge reaches the user when no Vectort page is open. Owns the push
 * subscriptions of each user, the installation's VAPID key pair, and {@link PushChannel}, the
 * reminder channel that turns a nudge into a durable job sending one push per subscription. Push
 * endpoints are user-supplied URLs: every call goes through {@link
 * io.vectort.shared.net.OutboundPolicy}.
 */
@NullMarked
package io.vectort.assistant.push;

import org.jspecify.annotations.NullMarked;
