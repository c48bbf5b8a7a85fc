/**
 * The offline starter's project templates: one set per framework and application type, rendered
 * from an {@link io.vectort.generation.starter.spec.AppSpec} into a path-to-content map. Every
 * generated project must install, build and pass its own tests (StarterBuildsIT checks that).
 */
@NullMarked
package io.vectort.generation.starter.templates;

import org.jspecify.annotations.NullMarked;
