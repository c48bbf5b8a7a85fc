/**
 * The offline starter: a deterministic, template-based generator that turns a description into a
 * small runnable project when no AI provider is configured. It is labelled as a starter, never as
 * AI. {@link io.vectort.generation.starter.StarterCodeGenerator} is the only type other modules
 * use; the description analysis, the change computation for follow-up turns and the templates stay
 * inside this package and its {@code spec} and {@code templates} subpackages.
 */
@NullMarked
package io.vectort.generation.starter;

import org.jspecify.annotations.NullMarked;
