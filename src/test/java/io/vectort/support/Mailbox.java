package io.vectort.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) in the test JVM and the settings that make the application send
 * its emails there, with links under {@link #PUBLIC_URL}. One per test class (a context of its own).
 */
public final class Mailbox {

    public static final String PUBLIC_URL = "https://vectort.test";

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    public Mailbox() {
        smtp.start();
    }

    /** SMTP, the public URL, and a small pool for this extra context. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("vectort.web.public-url", () -> PUBLIC_URL);
        registry.add("vectort.database.pool-size", () -> "8");
        registry.add("vectort.organizations.mail-from", () -> "Vectort Test <vectort@vectort.test>");
    }

    public void stop() {
        smtp.stop();
    }

    public void clear() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code count} emails arrived in all; false after 10 seconds. */
    public boolean await(int count) {
        return smtp.waitForIncomingEmail(10_000, count);
    }

    public List<MimeMessage> received() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    /** The emails to {@code address} so far. */
    public List<MimeMessage> to(String address) {
        return received().stream()
                .filter(message -> recipients(message).contains(address.toLowerCase()))
                .toList();
    }

    /** Waits for the first email to {@code address}. */
    public MimeMessage awaitTo(String address) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = to(address);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no email to " + address + " within 10 seconds; received: "
                + received().size());
    }

    /** The token of the first link to {@code page} (like {@code /reset-password}) in the email's text. */
    public static String tokenOfLink(MimeMessage message, String page) {
        String text = text(message);
        Matcher link = Pattern.compile(Pattern.quote(PUBLIC_URL + page) + "\\?token=([A-Za-z0-9_-]{43})")
                .matcher(text);
        if (!link.find()) {
            throw new AssertionError("no link to " + page + " in: " + text);
        }
        return link.group(1);
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain").orElseThrow();
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html").orElseThrow();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> ((InternetAddress) address).getAddress().toLowerCase())
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first body part of this content type, in a message of nested multiparts. */
    private static Optional<String> part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return Optional.of((String) part.getContent());
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<String> found = part(child, type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
