/**
 * Sign-in with providers: Google, GitHub, Apple and any OpenID Connect issuer, through Spring
 * Security's OAuth2 client with PKCE, state and nonce, kept stateless (the authorization request
 * waits in PostgreSQL, bound to the browser that started it). A provider's identity resolves to a
 * Vectort account — known, new, or linked after the owner proves the existing account — and the
 * sign-in ends in {@link io.vectort.identity.SignIns} like a password sign-in.
 */
@NullMarked
package io.vectort.identity.oauth;

import org.jspecify.annotations.NullMarked;
