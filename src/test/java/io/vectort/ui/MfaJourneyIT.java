package io.vectort.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vectort.support.Api;
import io.vectort.support.AuthenticatorApp;
import io.vectort.support.ControllableClock;
import io.vectort.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two-factor authentication in a real Chromium: a person sets up an authenticator app from the
 * security page (the test plays the app with the manual key shown), keeps the recovery codes, signs
 * out, signs in with a code from the app, then with a recovery code, and cannot use that recovery
 * code twice. The TOTP clock is frozen and stepped, so no test waits for a 30-second window.
 */
class MfaJourneyIT extends IntegrationTest {

    @RegisterExtension
    static final SharedChromium CHROMIUM = new SharedChromium();

    @Autowired
    private ControllableClock clock;

    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void enrolsSignsOutAndSignsInWithACodeThenWithARecoveryCodeThatWorksOnce() {
        long seconds = Instant.now().getEpochSecond();
        clock.freezeAt(Instant.ofEpochSecond(seconds - seconds % 30));
        Api.Session user = api.newUser();
        BrowserContext context = CHROMIUM.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 800)
                        .setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.onPageError(pageErrors::add);

        signInWithPassword(page, user);
        page.waitForURL(Pattern.compile(".*/projects$"));
        page.navigate(url("/settings/security"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up an authenticator app"))
                .click();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^QR code"))))
                .isVisible();
        AuthenticatorApp app =
                new AuthenticatorApp(page.getByLabel("Manual key").inputValue());
        page.getByLabel("Code from the app").fill(app.codeAt(clock.instant()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on"))
                .click();

        assertThat(page.getByTestId("recovery-code")).hasCount(10);
        List<String> codes = page.getByTestId("recovery-code").allTextContents();
        // The codes fit a phone's width.
        page.setViewportSize(375, 800);
        Assertions.assertThat(fitsTheWidth(page)).as("recovery codes at 375 px").isTrue();
        page.getByLabel("I saved these codes somewhere safe").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                .click();
        assertThat(page.getByTestId("mfa-on")).containsText("Two-factor authentication is on");
        page.setViewportSize(1280, 800);

        signOut(page);
        signInWithPassword(page, user);
        // The code that confirmed the app is used up: the next step's code signs in.
        clock.advanceSeconds(30);
        page.getByLabel("Code from your authenticator app").fill(app.codeAt(clock.instant()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify"))
                .click();
        page.waitForURL(Pattern.compile(".*/projects$"));
        assertThat(page.getByText(user.email()).first()).isVisible();

        // The devices list shows this browser's session, opened with the second factor just now.
        page.navigate(url("/settings/security"));
        Locator thisDevice = page.getByTestId("session").filter(new Locator.FilterOptions().setHasText("This device"));
        assertThat(thisDevice).hasCount(1);
        assertThat(thisDevice).containsText("Chrome on Linux");
        assertThat(thisDevice).containsText("two-step verified");

        signOut(page);
        signInWithRecoveryCode(page, user, codes.get(0).toUpperCase(java.util.Locale.ROOT));
        page.waitForURL(Pattern.compile(".*/projects$"));

        signOut(page);
        signInWithRecoveryCode(page, user, codes.get(0));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("This recovery code is wrong or was already used.");
        Assertions.assertThat(page.url()).contains("/signin");
        // Back to the password step from the keyboard-reachable link.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start over"))
                .click();
        assertThat(page.getByLabel("Password")).isVisible();
        Assertions.assertThat(pageErrors).isEmpty();
        context.close();
    }

    private void signInWithPassword(Page page, Api.Session user) {
        page.navigate(url("/signin"));
        page.getByLabel("Email").fill(user.email());
        page.getByLabel("Password").fill(user.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    private void signInWithRecoveryCode(Page page, Api.Session user, String code) {
        signInWithPassword(page, user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use a recovery code instead"))
                .click();
        page.getByLabel("Recovery code").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify"))
                .click();
    }

    private static void signOut(Page page) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign out").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/signin.*"));
    }

    private static boolean fitsTheWidth(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
