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
 * {@code /api/rendez-vous}). Every archetype uses them: a French todo list of "recettes" holds
 * recettes, a Spanish blog has "artículos"; words a description does not give (the default
 * "tâche", "Mon blog") come from the {@code Phrasebook} of its language, and the app's name keeps
 * the person's wording ({@code ForeignAppNames}). Every fixed word of the generated project
 * (buttons, labels, confirmations, the README, the Express API's error messages), its field labels,
 * the sample records of known entities and every page's {@code lang} follow the description's
 * language too.
 */
@NullMarked
package io.vectort.generation.starter;

import org.jspecify.annotations.NullMarked;
