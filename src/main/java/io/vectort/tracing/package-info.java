/**
 * Switches OpenTelemetry tracing on only when an OTLP endpoint is configured with the standard
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} (or {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}) variable, and
 * maps the other {@code OTEL_*} variables Spring Boot does not read itself. Off, Spring Boot's
 * tracing auto-configuration is not loaded at all: the tracer is Micrometer's no-op one, no span is
 * created and no exporter thread runs. The spans themselves are made where the work is (HTTP by
 * Spring's observations, jobs in {@code jobs}, LLM calls in {@code providers}) through Micrometer's
 * tracing API, so no module depends on this one.
 */
@NullMarked
package io.vectort.tracing;

import org.jspecify.annotations.NullMarked;
