package io.vectort.identity.mail;

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
 * Sends Vectort's emails through the SMTP server of {@code spring.mail.*}, when there is one. Every
 * email carries a link, built only from {@code VECTORT_PUBLIC_URL}: without it the only base would
 * be the request's {@code Host} header, which the client chooses, and anyone could make this server
 * email a stranger a link to a host of their own. So without a public URL nothing is sent.
 *
 * <p>Sending never throws: a failure is logged (without the message body, which holds the link's
 * secret) and reported as {@code false}.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final Optional<JavaMailSender> sender;
    private final PublicUrl publicUrl;
    private final InternetAddress from;

    public Mailer(
            ObjectProvider<JavaMailSender> sender,
            PublicUrl publicUrl,
            OrganizationProperties properties,
            @Value("${spring.mail.username:}") String smtpUser) {
        this.sender = Optional.ofNullable(sender.getIfAvailable());
        this.publicUrl = publicUrl;
        this.from = from(properties.mailFrom(), smtpUser, publicUrl);
        if (this.sender.isPresent() && publicUrl.base().isEmpty()) {
            log.warn("SMTP is configured (spring.mail.host) but VECTORT_PUBLIC_URL is not: no email is sent,"
                    + " because its link would come from the request's Host header. Set VECTORT_PUBLIC_URL;"
                    + " until then admins share the links the API answers.");
        }
    }

    /** Whether emails can go out at all: an SMTP server and a public URL for their links. */
    public boolean canSend() {
        return sender.isPresent() && publicUrl.base().isPresent();
    }

    /** The absolute link to {@code path} under {@code VECTORT_PUBLIC_URL} (relative without it). */
    public URI link(String path) {
        return publicUrl.link(path);
    }

    /**
     * Sends {@code mail} to {@code to}; true when the SMTP server took it. Never inside a
     * transaction: the email's link must work when it arrives, and a slow server must not hold
     * database connections.
     *
     * @param about what the email is about, for the log when it fails (ids, never secrets)
     */
    public boolean send(String to, MailContent mail, String about) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an email is sent after its transaction, not inside it");
        }
        if (!canSend()) {
            return false;
        }
        try {
            MimeMessage message = sender.get().createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            sender.get().send(message);
            return true;
        } catch (MailException | MessagingException e) {
            // The message names the server's complaint, never a token (it is only in the body).
            log.warn("{}: the email was not sent: {}", about, e.getMessage());
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
