package io.vectort.identity.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The invitation email, through a real SMTP server (GreenMail) in the test JVM: what arrives, and
 * that its link makes the invited person a member. This context adds SMTP and a public URL to the
 * shared test settings, so it is an application context of its own, closed after this class: its
 * connections and job threads must not weigh on the tests that run after it.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InvitationEmailIT extends IntegrationTest {

    private static final String PUBLIC_URL = "https://vectort.test";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/invitations/([A-Za-z0-9_-]{43})");

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("vectort.web.public-url", () -> PUBLIC_URL);
        // A context of its own next to the shared one: a small pool keeps both within the server's connections.
        registry.add("vectort.database.pool-size", () -> "8");
        registry.add("vectort.organizations.mail-from", () -> "Vectort Test <vectort@vectort.test>");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void theEmailedLinkMakesTheInvitedPersonAMemberWithTheInvitedRole() throws Exception {
        Api.Session owner = api.newUser();
        String org = api.post("/api/v1/orgs", owner.token(), Map.of("name", "Acme <Labs>"))
                .json()
                .get("id")
                .asString();
        Api.Session invited = api.newUser();
        forgetSignUpEmails(2);

        Api.Response response = api.post(
                "/api/v1/orgs/" + org + "/invitations",
                owner.token(),
                Map.of("email", invited.email(), "role", "admin"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("emailSent").asBoolean()).isTrue();
        String invitationId = response.json().get("id").asString();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage email = received[0];
        assertThat(email.getRecipients(Message.RecipientType.TO))
                .extracting(address -> ((InternetAddress) address).getAddress())
                .containsExactly(invited.email());
        assertThat(((InternetAddress) email.getFrom()[0]).getAddress()).isEqualTo("vectort@vectort.test");
        assertThat(email.getSubject()).isEqualTo(owner.email() + " invited you to join Acme <Labs> on Vectort");

        String text = part(email, "text/plain").orElseThrow();
        String html = part(email, "text/html").orElseThrow();
        assertThat(text)
                .contains(owner.email() + " invited you to join the organisation \"Acme <Labs>\" on Vectort as admin")
                .contains("expires on");
        assertThat(html).contains("<strong>Acme &lt;Labs&gt;</strong>").contains("<strong>admin</strong>");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        String token = link.group(1);
        assertThat(html).contains("href=\"" + PUBLIC_URL + "/invitations/" + token + "\"");
        assertThat(response.json().get("acceptUrl").asString()).isEqualTo(PUBLIC_URL + "/invitations/" + token);

        Api.Response preview = api.get("/api/v1/invitations/" + token, invited.token());
        assertThat(preview.json().get("organization").get("name").asString()).isEqualTo("Acme <Labs>");
        assertThat(preview.json().get("role").asString()).isEqualTo("admin");

        Api.Response accepted = api.post("/api/v1/invitations/" + token + "/accept", invited.token(), null);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("id").asString()).isEqualTo(org);
        assertThat(accepted.json().get("role").asString()).isEqualTo("admin");
        assertThat(accepted.json().get("personal").asBoolean()).isFalse();
        assertThat(accepted.json().get("memberCount").asInt()).isEqualTo(2);
        Api.Response members = api.get("/api/v1/orgs/" + org + "/members", invited.token());
        assertThat(members.json().get("items").findValuesAsString("email"))
                .containsExactlyInAnyOrder(owner.email(), invited.email());
        assertThat(members.json().get("items").findValuesAsString("role")).containsExactlyInAnyOrder("owner", "admin");
        // The new admin acts as one at once.
        assertThat(api.get("/api/v1/orgs/" + org + "/invitations", invited.token())
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select status, accepted_by from invitations where id = :id")
                        .param("id", UUID.fromString(invitationId))
                        .query()
                        .singleRow())
                .containsEntry("status", "accepted")
                .containsEntry("accepted_by", invited.userId());

        List<Map<String, Object>> audit =
                jdbc.sql("""
                        select action, actor_id, target_type, target_id, details->>'role' as role from audit_log
                        where org_id = :org and action in ('invitation.created', 'member.joined', 'invitation.accepted')
                        order by id""").param("org", UUID.fromString(org)).query().listOfRows();
        assertThat(audit)
                .extracting(row -> row.get("action"))
                .containsExactly("invitation.created", "member.joined", "invitation.accepted");
        assertThat(audit.get(0))
                .containsEntry("actor_id", owner.userId())
                .containsEntry("target_type", "invitation")
                .containsEntry("target_id", invitationId)
                .containsEntry("role", "admin");
        assertThat(audit.get(1))
                .containsEntry("actor_id", invited.userId())
                .containsEntry("target_type", "user")
                .containsEntry("target_id", invited.userId().toString());
        assertThat(audit.get(2))
                .containsEntry("actor_id", invited.userId())
                .containsEntry("target_type", "invitation")
                .containsEntry("target_id", invitationId);
    }

    @Test
    void theLinkInTheEmailWorksOnceAndOnlyForTheInvitedAddress() throws Exception {
        Api.Session owner = api.newUser();
        String org = api.post("/api/v1/orgs", owner.token(), Map.of("name", "Once"))
                .json()
                .get("id")
                .asString();
        Api.Session invited = api.newUser();
        forgetSignUpEmails(2);
        api.post(
                "/api/v1/orgs/" + org + "/invitations",
                owner.token(),
                Map.of("email", invited.email(), "role", "viewer"));
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        Matcher link =
                LINK.matcher(part(SMTP.getReceivedMessages()[0], "text/plain").orElseThrow());
        assertThat(link.find()).isTrue();
        String accept = "/api/v1/invitations/" + link.group(1) + "/accept";

        assertThat(api.post(accept, api.newUser().token(), null).status()).isEqualTo(403);
        assertThat(api.post(accept, invited.token(), null).status()).isEqualTo(200);
        assertThat(api.post(accept, invited.token(), null).status()).isEqualTo(410);
        assertThat(count("memberships where org_id = '" + org + "'")).isEqualTo(2);
    }

    /** Each new account gets a verification email; these tests read only the invitation's. */
    private static void forgetSignUpEmails(int accounts) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(5000, accounts)).isTrue();
        SMTP.purgeEmailFromAllMailboxes();
    }

    /** The first body part of this content type, in a message of nested multiparts. */
    private static Optional<String> part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return Optional.of((String) part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            List<BodyPart> parts = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                parts.add(multipart.getBodyPart(i));
            }
            for (BodyPart child : parts) {
                Optional<String> found = part(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
