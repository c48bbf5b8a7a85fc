package io.vectort.identity.invitation;

import io.vectort.identity.organization.OrganizationProperties;
import io.vectort.shared.PublicUrl;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Emails an invitation through the SMTP server of {@code spring.mail.*}, when there is one. An email
 * is a courtesy: the inviter always gets the link as well, so a failure is logged and reported,
 * never thrown.
 *
 * <p>The link in an email is built only from {@code VECTORT_PUBLIC_URL}. Without it the only base
 * would be the request's {@code Host} header, which the client chooses: anyone could make this
 * server email a stranger a link to a host of their own.
 */
@Component
public class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final Optional<JavaMailSender> sender;
    private final PublicUrl publicUrl;
    private final InternetAddress from;

    InvitationMailer(
            ObjectProvider<JavaMailSender> sender,
            PublicUrl publicUrl,
            OrganizationProperties properties,
            @Value("${spring.mail.username:}") String smtpUser) {
        this.sender = Optional.ofNullable(sender.getIfAvailable());
        this.publicUrl = publicUrl;
        this.from = from(properties.mailFrom(), smtpUser, publicUrl);
        if (this.sender.isPresent() && publicUrl.base().isEmpty()) {
            log.warn("SMTP is configured (spring.mail.host) but VECTORT_PUBLIC_URL is not: invitation emails are"
                    + " not sent, because their link would come from the request's Host header. Set"
                    + " VECTORT_PUBLIC_URL; until then admins share the link the API answers.");
        }
    }

    /**
     * Sends the invitation's email; true when the SMTP server took it. Called after the invitation
     * has committed, so that the link in the email works when it arrives.
     */
    public boolean send(IssuedInvitation issued, String inviterEmail) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an invitation email is sent after its transaction, not inside it");
        }
        if (sender.isEmpty() || publicUrl.base().isEmpty()) {
            return false;
        }
        Invitation invitation = issued.invitation();
        URI link = publicUrl.link(issued.linkPath());
        InvitationMail mail = InvitationMail.of(
                inviterEmail, issued.organizationName(), invitation.role(), link, invitation.expiresAt());
        try {
            MimeMessage message = sender.get().createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(invitation.email());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            sender.get().send(message);
            return true;
        } catch (MailException | MessagingException e) {
            // The message names the server's complaint, never the token (it is only in the body).
            log.warn(
                    "Invitation {} of organisation {}: the email was not sent, the inviter has the link: {}",
                    invitation.id(),
                    invitation.orgId(),
                    e.getMessage());
            return false;
        }
    }

    private static InternetAddress from(String configured, String smtpUser, PublicUrl publicUrl) {
        if (!configured.isEmpty()) {
            try {
                return new InternetAddress(configured, true);
            } catch (AddressException e) {
                throw new IllegalArgumentException(
                        "vectort.organizations.mail-from (VECTORT_MAIL_FROM) is not an email address: " + configured,
                        e);
            }
        }
        String address = smtpUser.contains("@")
                ? smtpUser.strip()
                : "vectort@"
                        + publicUrl
                                .base()
                                .map(base -> URI.create(base).getHost())
                                .orElse("localhost");
        try {
            return new InternetAddress(address, "Vectort", "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("every JVM has UTF-8", e);
        }
    }
}
