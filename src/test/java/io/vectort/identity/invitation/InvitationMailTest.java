package io.vectort.identity.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.identity.organization.Role;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationMailTest {

    private static final URI LINK = URI.create("https://vectort.example/invitations/abc_-123");
    private static final Instant EXPIRES = Instant.parse("2026-12-11T05:00:00Z");

    @Test
    void saysWhoInvitedToWhichOrganisationWithWhichRoleTheLinkAndTheExpiry() {
        InvitationMail mail = InvitationMail.of("ana@acme.test", "Acme", Role.ADMIN, LINK, EXPIRES);

        assertThat(mail.subject()).isEqualTo("ana@acme.test invited you to join Acme on Vectort");
        assertThat(mail.text())
                .contains("ana@acme.test invited you to join the organisation \"Acme\" on Vectort as admin")
                .contains(LINK.toString())
                .contains("11 December 2026 at 05:00 UTC");
        assertThat(mail.html())
                .contains("<a href=\"" + LINK + "\"")
                .contains("<strong>Acme</strong>")
                .contains("<strong>admin</strong>")
                .contains("11 December 2026 at 05:00 UTC");
    }

    @Test
    void anOrganisationNameCannotInjectMarkupLinesOrPlaceholders() {
        InvitationMail mail = InvitationMail.of(
                "ana@acme.test",
                "<a href=\"https://evil.test\">Acme</a>\r\nBcc: x@y {{link}}",
                Role.MEMBER,
                LINK,
                EXPIRES);

        assertThat(mail.subject()).doesNotContain("\n").doesNotContain("\r");
        assertThat(mail.html())
                .doesNotContain("<a href=\"https://evil.test\"")
                .contains("&lt;a href=&quot;https://evil.test&quot;&gt;");
        assertThat(mail.text()).contains("{{link}}").doesNotContain("\r\nBcc");
    }
}
