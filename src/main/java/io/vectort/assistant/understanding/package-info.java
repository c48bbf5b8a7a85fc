/**
 * The Assistant's command understander for when no AI provider is configured: it turns short,
 * messy English or French messages ("remind me to call the dentist tomorrow at 9", "rappelle moi
 * d'arroser les plantes tous les lundis à 8h", "done 2") into typed {@link
 * io.vectort.assistant.understanding.Command}s. Deterministic rules only — it is not AI and must
 * be presented as such. Pure Java: no Spring, no I/O, time comes from the caller. The grammar and
 * its rules for ambiguous cases are in docs/ASSISTANT.md.
 */
@NullMarked
package io.vectort.assistant.understanding;

import org.jspecify.annotations.NullMarked;
