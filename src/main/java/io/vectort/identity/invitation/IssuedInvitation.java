package io.vectort.identity.invitation;

/**
 * A new invitation with the token of its link: the only moment the token exists outside the
 * invited person's mailbox, so it is handed to the inviter and the mailer and then forgotten.
 */
public record IssuedInvitation(Invitation invitation, String organizationName, String token) {

    /** The path of the link in the web app, under the public URL. */
    public String linkPath() {
        return "/invitations/" + token;
    }

    @Override
    public String toString() {
        return "IssuedInvitation[" + invitation + ", organizationName=" + organizationName + "]";
    }
}
