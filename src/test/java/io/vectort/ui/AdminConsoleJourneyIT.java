package io.vectort.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vectort.jobs.RecurringJob;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A platform admin opens the console in a real Chromium at phone width and reads the cost of each
 * organisation: the names and amounts on screen, and a chart drawn with bars.
 */
class AdminConsoleJourneyIT extends IntegrationTest {

    @RegisterExtension
    static final SharedChromium CHROMIUM = new SharedChromium();

    @Autowired
    List<RecurringJob> recurringJobs;

    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failedRequests = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aPlatformAdminSeesTheCostOfEachOrganisationAndAChart() throws Exception {
        Api.Session admin = api.newUser();
        jdbc.sql("update users set platform_admin = true where id = :u")
                .param("u", admin.userId())
                .update();
        Api.Session customer = api.newUser();
        UUID big = organisation(customer, "Orbital Bakery " + suffix());
        UUID small = organisation(customer, "Quiet Meadow " + suffix());
        // Calls large enough to lead the list whatever other suites spent in this shared database.
        call(big, "9100.50");
        call(big, "899.50");
        call(small, "9000.25");
        recurringJobs.stream()
                .filter(job -> job.name().equals("console-rollup"))
                .findFirst()
                .orElseThrow()
                .run();

        BrowserContext browser = CHROMIUM.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(375, 800)
                        .setLocale("en-US"));
        browser.setDefaultTimeout(30_000);
        Page page = browser.newPage();
        page.onPageError(pageErrors::add);
        page.onResponse(response -> {
            if (response.url().contains("/api/")
                    && response.status() >= 400
                    && !response.url().endsWith("/refresh")) {
                failedRequests.add(response.status() + " " + response.url());
            }
        });
        SignIn.asUser(page, port, admin);

        page.getByTestId("nav-admin").click();
        page.waitForURL(Pattern.compile(".*/admin$"));
        Locator rows = page.getByTestId("admin-org-row");
        assertThat(rows.first()).containsText("Orbital Bakery");
        assertThat(rows.first()).containsText("$10,000.00");
        assertThat(rows.nth(1)).containsText("Quiet Meadow");
        assertThat(rows.nth(1)).containsText("$9,000.25");

        Locator bars = page.getByTestId("admin-org-chart").locator("svg .recharts-bar-rectangle path");
        assertThat(bars.first()).isVisible();
        Assertions.assertThat(bars.count())
                .as("one bar per organisation at least")
                .isGreaterThanOrEqualTo(2);
        Assertions.assertThat(page.getByTestId("admin-days-chart")
                        .locator("svg .recharts-line-curve")
                        .count())
                .isGreaterThanOrEqualTo(1);
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the console fits a 375 px screen")
                .isTrue();

        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Organisations"))
                .click();
        assertThat(page.getByTestId("admin-organizations")).isVisible();

        Assertions.assertThat(pageErrors).isEmpty();
        Assertions.assertThat(failedRequests).isEmpty();
        browser.close();
    }

    private UUID organisation(Api.Session owner, String name) {
        return UUID.fromString(api.post("/api/v1/orgs", owner.token(), Map.of("name", name))
                .json()
                .get("id")
                .asString());
    }

    /** A call written as the call log writes it, just now (the console reads it live). */
    private void call(UUID orgId, String costUsd) {
        jdbc.sql("""
                        insert into llm_calls (id, occurred_at, source, org_id, requested_model, deployment, provider,
                            model, status, input_tokens, output_tokens, usage_estimated, cost_usd, latency_ms,
                            fallbacks, route_reason)
                        values (:id, :at, 'api', :org, 'gpt-4.1', 'd', 'openai', 'gpt-4.1', 'ok', 1000, 500, false,
                            :cost, 800, 0, 'requested')""")
                .param("id", UUID.randomUUID())
                .param("at", Timestamp.from(Instant.now()))
                .param("org", orgId)
                .param("cost", new BigDecimal(costUsd))
                .update();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
