/**
 * The offline starter's project templates: one set per framework and application type, rendered
 * from an {@link io.vectort.generation.starter.spec.AppSpec} into a path-to-content map. Every
 * generated project must install, build and pass its own tests (StarterBuildsIT checks that).
 *
 * <p>The Java classes decide which files a project has and fill the slots (names, fields, loops
 * over entities); the code text itself lives in {@code src/main/resources/starters/}:
 * {@code <framework>/<type>/} for one framework and application type, {@code <framework>/common/}
 * for every type of a framework, {@code shared/} for what several frameworks use (the stylesheet,
 * the README, the modules React and Vue share under {@code shared/vite/}), and
 * {@code express/test/} for the pieces of the Express API tests. A resource named like a generated
 * file ({@code App.jsx}, {@code app.js}, {@code Panel.jsx} for {@code PartsPanel.jsx}) becomes that
 * file, or its end after shared pieces; other names ({@code header.jsx}, {@code category-field.html})
 * are pieces that fill a slot. {@link TemplateTexts} reads them once; slots are {@code «name»}, and
 * {@code «ui…»} slots take the app's phrases in its language ({@link Template#words}).
 * {@link LocalizedSpec} gives the entities their field labels and samples in that language first.
 */
@NullMarked
package io.vectort.generation.starter.templates;

import org.jspecify.annotations.NullMarked;
