package io.vectort.identity.mfa;

/**
 * A new authenticator waiting for its first code: the secret as the manual key (Base32), the same
 * as an {@code otpauth://} URI, and that URI drawn as a QR code (SVG).
 */
public record PendingEnrolment(String secret, String otpauthUri, String qrSvg) {}
