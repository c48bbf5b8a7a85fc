/** HTTP face of an organisation's connections: list, connect (a token), revoke; never a token out. */
@NullMarked
package io.vectort.generation.connections.web;

import org.jspecify.annotations.NullMarked;
