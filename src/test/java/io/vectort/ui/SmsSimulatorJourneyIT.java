package io.vectort.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SMS channel in a real Chromium with no SMS provider (the simulator): a person adds their
 * phone in settings, reads the code that "arrives" on the simulated phone, verifies it, chooses
 * SMS for nudges, texts the Assistant for a reminder, receives it by text a minute later and
 * snoozes it with "snooze 5" — through the same inbound and outbound code as real texts.
 */
class SmsSimulatorJourneyIT extends IntegrationTest {

    private static final Duration REMINDER_DEADLINE = Duration.ofSeconds(61 + 2 + 10);
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @RegisterExtension
    static final SharedChromium CHROMIUM = new SharedChromium();

    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failedRequests = Collections.synchronizedList(new ArrayList<>());

    @Test
    void verifiesAPhoneAsksForAReminderByTextReceivesItAndSnoozesIt() {
        Api.Session me = api.newUser();
        BrowserContext browser = CHROMIUM.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(375, 800)
                        .setLocale("en-US")
                        .setTimezoneId("Europe/Paris"));
        browser.setDefaultTimeout(30_000);
        Page page = browser.newPage();
        page.onPageError(pageErrors::add);
        page.onResponse(response -> {
            if (response.url().contains("/api/") && response.status() >= 500) {
                failedRequests.add(response.status() + " " + response.url());
            }
        });
        SignIn.asUser(page, port, me);

        page.navigate(url("/assistant/settings"));
        assertThat(page.getByText("No SMS provider is configured", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        page.getByTestId("sms-phone-input").fill("+33 6 12 34 70 01");
        page.getByTestId("sms-send-code").click();
        assertThat(page.getByTestId("sms-code-input")).isVisible();

        // The code arrives on the simulated phone.
        page.navigate(url("/assistant/sms"));
        Locator frame = page.getByTestId("sms-phone-frame");
        assertThat(frame).isVisible();
        Locator codeText =
                frame.getByTestId("sms-message").filter(new Locator.FilterOptions().setHasText("Vectort code"));
        assertThat(codeText).hasAttribute("data-direction", "outbound");
        Matcher code = CODE.matcher(codeText.innerText());
        Assertions.assertThat(code.find()).as(codeText.innerText()).isTrue();
        assertThat(codeText).hasAttribute("data-status", "delivered");
        assertThat(page.getByTestId("sms-composer-input")).isDisabled();

        page.navigate(url("/assistant/settings"));
        page.getByTestId("sms-code-input").fill(code.group(1));
        page.getByTestId("sms-verify").click();
        assertThat(page.getByTestId("sms-state")).containsText("+33612347001");
        Locator smsChannel = page.getByLabel("By text message (SMS)");
        assertThat(smsChannel).isEnabled();
        smsChannel.check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save choices"))
                .click();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!api.get("/api/v1/assistant/settings", me.token())
                .json()
                .at("/channels/sms")
                .asBoolean()) {
            Assertions.assertThat(System.currentTimeMillis())
                    .as("SMS chosen within 10 s")
                    .isLessThan(deadline);
            page.waitForTimeout(200);
        }

        page.navigate(url("/assistant/sms"));
        Locator composer = page.getByTestId("sms-composer-input");
        assertThat(composer).isEnabled();
        Instant asked = Instant.now();
        composer.fill("remind me to drink water in 1 minute");
        page.getByTestId("sms-send").click();
        Locator messages = frame.getByTestId("sms-message");
        assertThat(messages.filter(new Locator.FilterOptions().setHasText("drink water"))
                        .first())
                .hasAttribute("data-direction", "inbound");
        // The Assistant's answer, by text, labelled as not AI.
        assertThat(messages.last()).hasAttribute("data-direction", "outbound");
        assertThat(messages.last()).containsText("drink water");
        assertThat(messages.last()).containsText("no AI");

        Locator reminder = messages.filter(new Locator.FilterOptions().setHasText("Reminder: drink water"));
        assertThat(reminder)
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(REMINDER_DEADLINE.toMillis()));
        Assertions.assertThat(Duration.between(asked, Instant.now())).isGreaterThan(Duration.ofSeconds(55));
        assertThat(reminder).hasAttribute("data-status", "delivered");

        int before = messages.count();
        composer.fill("snooze 5");
        composer.press("Enter");
        // My text, then the Assistant's answer to it.
        assertThat(messages).hasCount(before + 2);
        assertThat(messages.last()).hasAttribute("data-direction", "outbound");
        assertThat(messages.last()).containsText("Snoozed until");
        assertThat(messages.last()).containsText("drink water");
        Instant snoozedUntil = jdbc.sql("select snoozed_until from assistant_reminders where user_id = :u")
                .param("u", me.userId())
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        Assertions.assertThat(Duration.between(Instant.now(), snoozedUntil))
                .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5).plusSeconds(5));
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the phone fits a 375 px screen")
                .isTrue();

        Assertions.assertThat(pageErrors).isEmpty();
        Assertions.assertThat(failedRequests).isEmpty();
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
