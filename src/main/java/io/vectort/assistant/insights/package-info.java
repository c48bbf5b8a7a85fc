/**
 * What the Assistant reports to the admin console: how many messages people sent it, on the web
 * and by SMS, per day. Counts only: no content and no phone number leaves the Assistant.
 */
@NullMarked
package io.vectort.assistant.insights;

import org.jspecify.annotations.NullMarked;
