/** Netlify: a site, a deploy from a file digest, only the files Netlify lacks uploaded, polled. */
@NullMarked
package io.vectort.generation.deploy.netlify;

import org.jspecify.annotations.NullMarked;
