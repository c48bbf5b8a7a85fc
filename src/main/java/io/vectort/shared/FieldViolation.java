package io.vectort.shared;

/** One invalid input field: its JSON name, a stable code and a message for people. */
public record FieldViolation(String field, String code, String message) {}
