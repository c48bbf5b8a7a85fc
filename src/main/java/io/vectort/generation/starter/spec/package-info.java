/**
 * What the offline starter understood from a description: the app's name, its entities and their
 * fields, and the requested features. Plain values shared by the analyser and the templates; they
 * are public only because the templates live in a sibling package.
 */
@NullMarked
package io.vectort.generation.starter.spec;

import org.jspecify.annotations.NullMarked;
