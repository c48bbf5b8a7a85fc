package io.vectort.generation.version;

/** A file of a version: its path, size in bytes and SHA-256 (hex). */
public record VersionFile(String path, int size, String sha256) {}
