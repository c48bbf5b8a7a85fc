/**
 * An organisation's connections to outside services: one token per {@link
 * io.vectort.generation.connections.ConnectionKind}, sealed under the master key, shown only by its
 * last four characters, revocable, audited. {@link io.vectort.generation.connections.Connections} is
 * the API other features read tokens through (pushes, deployments).
 */
@NullMarked
package io.vectort.generation.connections;

import org.jspecify.annotations.NullMarked;
