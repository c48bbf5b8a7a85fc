package io.vectort.identity.invitation;

import io.vectort.identity.organization.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The invitation email in plain text and HTML, rendered from {@code mail/invitation.txt} and {@code
 * .html}. The organisation's name and the inviter's address are chosen by the inviter: they are
 * escaped in the HTML, and line breaks are flattened so that they cannot shape the message.
 */
record InvitationMail(String subject, String text, String html) {

    private static final String TEXT = template("mail/invitation.txt");
    private static final String HTML = template("mail/invitation.html");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static InvitationMail of(String inviter, String organization, Role role, URI link, Instant expiresAt) {
        String subject = oneLine(inviter) + " invited you to join " + oneLine(organization) + " on Vectort";
        Map<String, String> values = Map.of(
                "subject", subject,
                "inviter", oneLine(inviter),
                "organization", oneLine(organization),
                "role", role.wireName(),
                "roleMeans", means(role),
                "link", link.toString(),
                "expires", EXPIRES.format(expiresAt));
        return new InvitationMail(
                subject, render(TEXT, values, UnaryOperator.identity()), render(HTML, values, HtmlUtils::htmlEscape));
    }

    private static String means(Role role) {
        return switch (role) {
            case OWNER -> "everything, billing included";
            case ADMIN -> "manage members, API keys and settings";
            case MEMBER -> "create projects and generate";
            case VIEWER -> "read projects and previews";
        };
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** One pass: a value that looks like a placeholder stays as it is. */
    private static String render(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        "the invitation template uses an unknown placeholder " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String template(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + path, e);
        }
    }
}
