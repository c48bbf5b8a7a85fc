/**
 * Invitations into team organisations: an admin invites an address with a role, the invited person
 * accepts through a single-use link that expires. Only a SHA-256 of the link's token is stored. The
 * email (when SMTP is configured) goes out after the invitation has committed; the inviter always
 * gets the link too, so an instance without a mail server can still invite.
 */
@NullMarked
package io.vectort.identity.invitation;

import org.jspecify.annotations.NullMarked;
