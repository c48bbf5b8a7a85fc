/** HTTP endpoints of sign-in with providers: the provider list, link tickets and linked accounts. */
@NullMarked
package io.vectort.identity.oauth.web;

import org.jspecify.annotations.NullMarked;
