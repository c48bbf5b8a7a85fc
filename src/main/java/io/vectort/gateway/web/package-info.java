/** HTTP of the OpenAI-compatible API: API-key authentication, controllers, error mapping. */
@NullMarked
package io.vectort.gateway.web;

import org.jspecify.annotations.NullMarked;
