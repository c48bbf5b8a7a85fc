package io.vectort.identity.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.identity.mail.Mailer;
import io.vectort.identity.organization.OrganizationProperties;
import io.vectort.identity.organization.Role;
import io.vectort.shared.PublicUrl;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class InvitationMailerTest {

    private static final IssuedInvitation ISSUED = new IssuedInvitation(
            new Invitation(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "bo@acme.test",
                    Role.MEMBER,
                    Optional.of("ana@acme.test"),
                    Instant.now().plus(Duration.ofDays(7)),
                    Instant.now()),
            "Acme",
            InvitationTokens.generate());

    @Test
    void sendsNothingWithoutAnSmtpServer() {
        assertThat(mailer(Optional.empty(), PublicUrl.of("https://vectort.example"), "")
                        .send(ISSUED, "ana@acme.test"))
                .isFalse();
    }

    @Test
    void sendsNothingWithoutAPublicUrlToBuildTheLinkFrom() throws IOException {
        assertThat(mailer(Optional.of(senderTo(closedPort())), PublicUrl.relative(), "")
                        .send(ISSUED, "ana@acme.test"))
                .isFalse();
    }

    @Test
    void reportsAnUnreachableServerInsteadOfFailing() throws IOException {
        assertThat(mailer(Optional.of(senderTo(closedPort())), PublicUrl.of("https://vectort.example"), "")
                        .send(ISSUED, "ana@acme.test"))
                .isFalse();
    }

    @Test
    void refusesAnInvalidFromAddressAtStartup() {
        assertThatThrownBy(() -> mailer(Optional.empty(), PublicUrl.relative(), "not an address@"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VECTORT_MAIL_FROM");
    }

    private static InvitationMailer mailer(Optional<JavaMailSender> sender, PublicUrl publicUrl, String from) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                sender.<Map<String, Object>>map(s -> Map.of("mailSender", s)).orElse(Map.of()));
        OrganizationProperties properties =
                new OrganizationProperties(List.of(), 10, Duration.ofDays(7), Duration.ofDays(400), 50, from);
        return new InvitationMailer(new Mailer(beans.getBeanProvider(JavaMailSender.class), publicUrl, properties, ""));
    }

    private static JavaMailSender senderTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    /** A port nothing listens on (bound, then released). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
