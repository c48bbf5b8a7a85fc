/**
 * Cross-cutting HTTP only: the security filter chain, RFC 9457 problem details for every error,
 * request ids and log context, the Prometheus endpoint and the OpenAPI document. No feature logic.
 */
@NullMarked
package io.vectort.web;

import org.jspecify.annotations.NullMarked;
