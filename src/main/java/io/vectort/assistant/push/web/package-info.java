/** HTTP API of web push: the VAPID public key, the user's push subscriptions, a test push. */
@NullMarked
package io.vectort.assistant.push.web;

import org.jspecify.annotations.NullMarked;
