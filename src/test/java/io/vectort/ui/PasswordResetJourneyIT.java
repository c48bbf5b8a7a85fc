package io.vectort.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A forgotten password in a real Chromium on a phone-sized screen: from the sign-in page to the
 * email (read from a real SMTP server in the test JVM), through its link to a new password, and in
 * with it; the old password no longer works.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PasswordResetJourneyIT extends IntegrationTest {

    private static final Mailbox MAIL = new Mailbox();
    private static final String NEW_PASSWORD = "granite orbit lantern 42";

    @RegisterExtension
    static final SharedChromium CHROMIUM = new SharedChromium();

    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.register(registry);
    }

    @AfterAll
    static void stopServers() {
        MAIL.stop();
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLink() {
        Api.Session user = api.newUser();
        MAIL.awaitTo(user.email());
        MAIL.clear();
        BrowserContext context = CHROMIUM.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(375, 740)
                        .setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.onPageError(pageErrors::add);

        page.navigate(url("/signin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?"))
                .click();
        page.waitForURL(Pattern.compile(".*/reset-password$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reset your password")))
                .isVisible();
        page.getByLabel("Email").fill(user.email());
        page.keyboard().press("Enter");
        assertThat(page.getByText("If an account exists for " + user.email() + ", we sent a link to it."))
                .isVisible();
        Assertions.assertThat(fitsTheWidth(page))
                .as("no sideways scrolling at 375 px")
                .isTrue();

        MimeMessage mail = MAIL.awaitTo(user.email());
        Assertions.assertThat(Mailbox.subject(mail)).isEqualTo("Reset your Vectort password");
        String token = Mailbox.tokenOfLink(mail, "/reset-password");
        // The link points at VECTORT_PUBLIC_URL; the browser follows the same path on the test server.
        page.navigate(url("/reset-password?token=" + token));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose a new password")))
                .isVisible();
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill(NEW_PASSWORD);
        page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
        Assertions.assertThat(fitsTheWidth(page)).isTrue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password"))
                .click();

        page.waitForURL(Pattern.compile(".*/signin$"));
        assertThat(page.getByText("Your password was changed. Sign in with the new one."))
                .isVisible();
        page.getByLabel("Email").fill(user.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(user.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong email or password.");

        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(Pattern.compile(".*/projects$"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Projects").setExact(true)))
                .isVisible();

        // The link worked once.
        Assertions.assertThat(api.post(
                                "/api/v1/auth/password-reset/confirm",
                                null,
                                Map.of("token", token, "newPassword", "another fine passphrase 7"))
                        .status())
                .isEqualTo(410);
        Assertions.assertThat(pageErrors).isEmpty();
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static boolean fitsTheWidth(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }
}
