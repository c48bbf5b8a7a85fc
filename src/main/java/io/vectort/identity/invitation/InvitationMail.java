package io.vectort.identity.invitation;

import io.vectort.identity.mail.MailContent;
import io.vectort.identity.mail.MailTemplate;
import io.vectort.identity.organization.Role;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The invitation email in plain text and HTML, rendered from {@code mail/invitation.txt} and {@code
 * .html}. The organisation's name and the inviter's address are chosen by the inviter: they are
 * escaped in the HTML, and line breaks are flattened so that they cannot shape the message.
 */
record InvitationMail(String subject, String text, String html) {

    private static final MailTemplate TEMPLATE = MailTemplate.load("invitation");
    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static InvitationMail of(String inviter, String organization, Role role, URI link, Instant expiresAt) {
        String subject = MailTemplate.oneLine(inviter) + " invited you to join " + MailTemplate.oneLine(organization)
                + " on Vectort";
        MailContent content = TEMPLATE.render(
                subject,
                Map.of(
                        "inviter", MailTemplate.oneLine(inviter),
                        "organization", MailTemplate.oneLine(organization),
                        "role", role.wireName(),
                        "roleMeans", means(role),
                        "link", link.toString(),
                        "expires", EXPIRES.format(expiresAt)));
        return new InvitationMail(content.subject(), content.text(), content.html());
    }

    MailContent content() {
        return new MailContent(subject, text, html);
    }

    private static String means(Role role) {
        return switch (role) {
            case OWNER -> "everything, billing included";
            case ADMIN -> "manage members, API keys and settings";
            case MEMBER -> "create projects and generate";
            case VIEWER -> "read projects and previews";
        };
    }
}
