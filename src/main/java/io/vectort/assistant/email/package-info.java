/**
 * The Assistant's email channel: reminders (and their one gentler repeat) and daily check-ins, sent
 * through the application's SMTP setup ({@code io.vectort.identity.mail}) to users who chose email
 * and verified their address. Deciding to send happens inside the caller's transaction and only
 * writes a delivery row and a durable job; the job sends after commit, retries transient SMTP
 * failures, and marks the row sent so that an email goes out once.
 */
@NullMarked
package io.vectort.assistant.email;

import org.jspecify.annotations.NullMarked;
