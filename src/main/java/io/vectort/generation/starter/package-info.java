/**
 * The offline starter: a deterministic, template-based generator that turns a description into a
 * small runnable project when no AI provider is configured. It is labelled as a starter, never as
 * AI. {@link io.vectort.generation.starter.StarterCodeGenerator} is the only type other modules
 * use; the description analysis, the change computation for follow-up turns and the templates stay
 * inside this package and its {@code spec} and {@code templates} subpackages.
 *
 * <p>Records named in English descriptions are read by {@code EntityMentions}; French, Spanish,
 * German, Italian, Portuguese and Dutch ones by {@code ForeignMentions} ({@code ForeignLanguage}
 * tells the language by its small words), which keeps the person's words for the UI ("Rendez-vous",
 * "Patienten") and derives ASCII code names for identifiers and URLs ({@code rendezVous},
 * {@code /api/rendez-vous}). Only dashboards use them so far: todo lists, blogs and landing pages
 * keep their English records.
 */
@NullMarked
package io.vectort.generation.starter;

import org.jspecify.annotations.NullMarked;
