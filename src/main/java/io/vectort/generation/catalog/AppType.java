package io.vectort.generation.catalog;

/** An archetype of application ({@code todo}, {@code blog}, ...) that shapes what is generated. */
public record AppType(String id, String label, String description) {}
