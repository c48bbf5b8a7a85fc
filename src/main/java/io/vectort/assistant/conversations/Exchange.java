package io.vectort.assistant.conversations;

/** A message the user sent and the Assistant's reply to it, stored together. */
public record Exchange(Message message, Message reply) {}
