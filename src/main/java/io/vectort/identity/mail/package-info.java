/**
 * Email from Vectort to its users (invitations, address verification, password resets): one SMTP
 * sender ({@code spring.mail.*}), one {@code From}, and templates under {@code mail/}. Emails go out
 * only when both SMTP and {@code VECTORT_PUBLIC_URL} are configured, since their links must never
 * come from a request's {@code Host} header.
 */
@NullMarked
package io.vectort.identity.mail;

import org.jspecify.annotations.NullMarked;
