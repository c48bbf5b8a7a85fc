/**
 * What the vendor providers share about talking HTTP to an LLM vendor: one {@link
 * java.net.http.HttpClient} per provider with the deployment's timeouts enforced by a watchdog that
 * closes the body stream, a Server-Sent Events reader, and the one classification of failures
 * (status to {@link io.vectort.providers.ErrorKind}, {@code Retry-After}, the vendor's own error
 * message without secrets). It knows no vendor's JSON shapes beyond the common {@code error.message}.
 */
@NullMarked
package io.vectort.providers.http;

import org.jspecify.annotations.NullMarked;
