/**
 * The contract between the Builder and whatever writes code for it: the offline starter or an LLM
 * behind the gateway. A generator only produces protocol text (see docs/PROTOCOL.md); parsing,
 * staging and committing belong to the Builder.
 */
@NullMarked
package io.vectort.generation.generator;

import org.jspecify.annotations.NullMarked;
