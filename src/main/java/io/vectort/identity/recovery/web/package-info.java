/** HTTP endpoints of sign-up, email verification and password reset. */
@NullMarked
package io.vectort.identity.recovery.web;

import org.jspecify.annotations.NullMarked;
