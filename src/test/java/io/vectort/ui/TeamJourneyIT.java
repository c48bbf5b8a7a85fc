package io.vectort.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A team in a real Chromium: the owner invites a member and a viewer from the organisation page,
 * the invitations arrive by email (a real SMTP server in the test JVM), each person follows the link
 * from the email and joins; the member sees the team's project and generates in it, the viewer can
 * read it but not generate, and the owner's audit page shows every step.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TeamJourneyIT extends IntegrationTest {

    /** What the emails link to; the browser follows the same path on the test server. */
    private static final String PUBLIC_URL = "https://vectort.test";

    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "(/invitations/[A-Za-z0-9_-]+)");
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @RegisterExtension
    static final SharedChromium CHROMIUM = new SharedChromium();

    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());

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
    }

    @AfterAll
    static void stopServers() {
        SMTP.stop();
    }

    @Test
    void anOwnerInvitesByEmailTheMemberGeneratesTheViewerOnlyReadsAndTheAuditShowsIt() throws Exception {
        Api.Session owner = api.newUser();
        Api.Session member = api.newUser();
        Api.Session viewer = api.newUser();
        // Each new account gets a verification email first; the journey reads only the invitations.
        Assertions.assertThat(SMTP.waitForIncomingEmail(10_000, 3)).isTrue();
        SMTP.purgeEmailFromAllMailboxes();
        String teamName = "Hut builders " + UUID.randomUUID().toString().substring(0, 6);
        String orgId = api.post("/api/v1/orgs", owner.token(), Map.of("name", teamName))
                .json()
                .get("id")
                .asString();
        Api.Response project = api.send(
                "POST",
                "/api/v1/projects",
                owner.token(),
                Map.of("name", "Mountain huts"),
                "Vectort-Organization",
                orgId);
        Assertions.assertThat(project.status()).isEqualTo(201);

        Page ownerPage = signIn(owner);
        ownerPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Organisation: Personal"))
                .click();
        ownerPage
                .getByRole(AriaRole.MENUITEMRADIO, new Page.GetByRoleOptions().setName(Pattern.compile(teamName)))
                .first()
                .click();
        assertThat(ownerPage.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Organisation: " + teamName)))
                .isVisible();
        ownerPage.navigate(url("/orgs/" + orgId));
        invite(ownerPage, member.email(), "member");
        invite(ownerPage, viewer.email(), "viewer");

        Assertions.assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        String memberLink = linkSentTo(member.email());
        String viewerLink = linkSentTo(viewer.email());

        Page memberPage = signIn(member);
        join(memberPage, memberLink, teamName, "Member");
        memberPage
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mountain huts"))
                .click();
        memberPage.getByLabel("What should we build?").fill("A page listing mountain huts with their altitude");
        memberPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate"))
                .click();
        assertThat(memberPage.locator("[data-testid=turn][data-status=succeeded]"))
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(90_000));

        Page viewerPage = signIn(viewer);
        join(viewerPage, viewerLink, teamName, "Viewer");
        viewerPage
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mountain huts"))
                .click();
        // The member's version is there to read; generating is not offered.
        assertThat(viewerPage.locator("[data-testid=turn][data-status=succeeded]"))
                .hasCount(1);
        assertThat(viewerPage.getByText("Viewers can read but not generate.").first())
                .isVisible();
        assertThat(viewerPage.getByLabel("What should change?")).isDisabled();
        assertThat(viewerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update")))
                .isDisabled();
        Api.Response refused = api.send(
                "POST",
                "/api/v1/projects/" + project.json().get("id").asString() + "/generate",
                viewer.token(),
                Map.of("description", "Anything", "framework", "html", "type", "landing"),
                "Vectort-Organization",
                orgId);
        Assertions.assertThat(refused.status()).isEqualTo(403);

        ownerPage.navigate(url("/orgs/" + orgId + "/audit"));
        Locator log = ownerPage.getByRole(AriaRole.TABLE);
        for (String action :
                List.of("invitation.created", "invitation.accepted", "member.joined", "generation.requested")) {
            assertThat(log.getByText(action, new Locator.GetByTextOptions().setExact(true))
                            .first())
                    .isVisible();
        }
        assertThat(log.getByText(member.email()).first()).isVisible();
        assertThat(log.getByText(viewer.email()).first()).isVisible();

        // On a 375 px phone both pages fit the width, and the switcher works from the keyboard.
        ownerPage.setViewportSize(375, 800);
        assertThat(ownerPage.getByRole(AriaRole.TABLE)).isVisible();
        Assertions.assertThat(fitsTheWidth(ownerPage))
                .as("audit page at 375 px")
                .isTrue();
        ownerPage.navigate(url("/orgs/" + orgId));
        assertThat(ownerPage.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Invite someone")))
                .isVisible();
        Assertions.assertThat(fitsTheWidth(ownerPage))
                .as("organisation page at 375 px")
                .isTrue();
        Locator switcher =
                ownerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Organisation: " + teamName));
        switcher.focus();
        ownerPage.keyboard().press("Enter");
        Locator menu = ownerPage.getByRole(AriaRole.MENU, new Page.GetByRoleOptions().setName("Organisations"));
        assertThat(menu).isVisible();
        ownerPage.keyboard().press("Escape");
        assertThat(menu).isHidden();
        Assertions.assertThat(pageErrors).isEmpty();
    }

    private static boolean fitsTheWidth(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }

    private Page signIn(Api.Session session) {
        BrowserContext context = CHROMIUM.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 800)
                        .setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.onPageError(pageErrors::add);
        page.navigate(url("/signin"));
        page.getByLabel("Email").fill(session.email());
        page.getByLabel("Password").fill(session.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(Pattern.compile(".*/projects$"));
        return page;
    }

    private void invite(Page page, String email, String role) {
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Invite someone"));
        form.getByLabel("Email").fill(email);
        form.getByLabel("Role").selectOption(role);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send invitation"))
                .click();
        assertThat(page.getByText("We emailed the link to " + email + ".")).isVisible();
    }

    /** Follows an emailed link as its reader would, on this test server. */
    private void join(Page page, String path, String teamName, String role) {
        page.navigate(url(path));
        assertThat(page.getByText("Join " + teamName + " as " + role).first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and join"))
                .click();
        page.waitForURL(Pattern.compile(".*/projects$"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Organisation: " + teamName)))
                .isVisible();
    }

    private static String linkSentTo(String email) throws Exception {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            boolean toThem = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(
                            address -> ((InternetAddress) address).getAddress().equals(email));
            if (toThem) {
                Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
                Assertions.assertThat(link.find())
                        .as("a link in the email to %s", email)
                        .isTrue();
                return link.group(1);
            }
        }
        throw new AssertionError("no email to " + email);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
