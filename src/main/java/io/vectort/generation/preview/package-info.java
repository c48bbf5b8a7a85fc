/**
 * Live previews of a version: static projects are served as they are, Vite projects from a
 * server-side build, each under a signed, expiring {@code /preview/<token>/} URL that the web app
 * loads in a sandboxed iframe with a strict Content-Security-Policy.
 */
@NullMarked
package io.vectort.generation.preview;

import org.jspecify.annotations.NullMarked;
