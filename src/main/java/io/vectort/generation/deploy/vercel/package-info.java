/** Vercel: files uploaded by SHA-1, one deployment from their list, polled until ready. */
@NullMarked
package io.vectort.generation.deploy.vercel;

import org.jspecify.annotations.NullMarked;
