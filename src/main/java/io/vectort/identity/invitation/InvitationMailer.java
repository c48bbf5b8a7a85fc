package io.vectort.identity.invitation;

import io.vectort.identity.mail.Mailer;
import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * Emails an invitation, when the instance can send email (see {@link Mailer}). An email is a
 * courtesy: the inviter always gets the link as well, so a failure is logged and reported, never
 * thrown.
 */
@Component
public class InvitationMailer {

    private final Mailer mailer;

    InvitationMailer(Mailer mailer) {
        this.mailer = mailer;
    }

    /**
     * Sends the invitation's email; true when the SMTP server took it. Called after the invitation
     * has committed, so that the link in the email works when it arrives.
     */
    public boolean send(IssuedInvitation issued, String inviterEmail) {
        if (!mailer.canSend()) {
            return false;
        }
        Invitation invitation = issued.invitation();
        URI link = mailer.link(issued.linkPath());
        InvitationMail mail = InvitationMail.of(
                inviterEmail, issued.organizationName(), invitation.role(), link, invitation.expiresAt());
        return mailer.send(
                invitation.email(),
                mail.content(),
                "Invitation " + invitation.id() + " of organisation " + invitation.orgId()
                        + " (the inviter has the link)");
    }
}
