package io.vectort.identity.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sensitive change (password, MFA, API keys, account deletion): besides its access rule, the
 * session must have proven the user's presence — sign-in, password or second factor — within the
 * last 5 minutes; otherwise 403 {@code reauthentication-required}, and the client asks for the
 * password or a code ({@code POST /api/v1/auth/reauthenticate}) and tries again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecentAuthentication {}
