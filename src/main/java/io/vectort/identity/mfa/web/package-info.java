/** HTTP endpoints of multi-factor authentication: the user's factors and organisations' policies. */
@NullMarked
package io.vectort.identity.mfa.web;

import org.jspecify.annotations.NullMarked;
