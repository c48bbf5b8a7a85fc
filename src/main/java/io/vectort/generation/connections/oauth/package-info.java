/**
 * "Connect with GitHub": the OAuth authorization that gives an organisation a GitHub token without
 * anyone pasting one. It reuses the sign-in's GitHub OAuth app ({@code vectort.oauth.github.*}) with
 * the scopes a push needs, and keeps nothing between the start and GitHub's callback: the {@code
 * state} is signed and expires, and the browser that started holds the PKCE verifier in a cookie.
 * The token ends in {@link io.vectort.generation.connections.Connections}, checked and audited like
 * a pasted one.
 */
@NullMarked
package io.vectort.generation.connections.oauth;

import org.jspecify.annotations.NullMarked;
