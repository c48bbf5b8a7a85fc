package io.vectort.identity.mail;

/** One email, ready to send: its subject and the same message in plain text and HTML. */
public record MailContent(String subject, String text, String html) {}
