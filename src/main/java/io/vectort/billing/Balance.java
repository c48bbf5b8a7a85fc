package io.vectort.billing;

/** An account's money: what can be spent, and what is held by calls still running. */
public record Balance(String planId, long availableMicros, long reservedMicros) {}
