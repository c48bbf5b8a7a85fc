package io.vectort.generation.protocol;

/**
 * An npm package declared in a {@code <vt-dependencies>} block.
 *
 * @param name package name, possibly scoped ({@code @scope/name})
 * @param range version range, {@code latest} when none was given
 * @param dev true for a {@code dev:} dependency
 */
public record Dependency(String name, String range, boolean dev) {}
