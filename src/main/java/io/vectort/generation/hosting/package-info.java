/**
 * Built-in hosting: any version of a project published at a stable address of this instance,
 * {@code /sites/{organisation}/{site}/}, for people who host everything themselves. A site is
 * served as a preview is (the same sandbox and headers), without a token: publishing makes it
 * public.
 */
@NullMarked
package io.vectort.generation.hosting;

import org.jspecify.annotations.NullMarked;
