/** The HTTP API of verified builds. */
@NullMarked
package io.vectort.generation.verify.web;

import org.jspecify.annotations.NullMarked;
