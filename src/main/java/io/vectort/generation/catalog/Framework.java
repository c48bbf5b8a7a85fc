package io.vectort.generation.catalog;

/**
 * A framework the Builder can generate for.
 *
 * @param id stable identifier used in requests ({@code react})
 * @param label human name ({@code React + Vite})
 * @param language main language of the generated code
 * @param buildCommand how a generated project is built, empty when nothing needs building
 * @param preview how the web UI can preview it: {@code static}, {@code vite} or {@code none}
 */
public record Framework(String id, String label, String language, String buildCommand, String preview) {}
