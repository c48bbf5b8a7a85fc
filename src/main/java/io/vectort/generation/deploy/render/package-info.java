/** Render: a static site built by Render from a Git repository; a deploy triggered and polled. */
@NullMarked
package io.vectort.generation.deploy.render;

import org.jspecify.annotations.NullMarked;
