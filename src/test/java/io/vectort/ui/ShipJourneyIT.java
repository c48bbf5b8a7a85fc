package io.vectort.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TestGitServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Shipping a generated app from the workspace's Ship tab in a real Chromium, on a phone-sized
 * screen: seen to build (checked in the sandbox after its generation), pushed to a Git server (JGit's, in the test JVM), deployed to Netlify (the fake, with the
 * operator's token) until its URL shows, and published on this server, then opened as a visitor
 * would, styled and running.
 */
@TestPropertySource(properties = "vectort.test.verify-builds=true")
class ShipJourneyIT extends IntegrationTest {

    @RegisterExtension
    static final SharedChromium CHROMIUM = new SharedChromium();

    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    @Test
    void pushesDeploysAndPublishesAVersionFromTheShipTab() throws Exception {
        Assumptions.assumeTrue(Generations.npmAvailable(), "npm is not installed");
        Api.Session me = api.newUser();
        String project = new Generations(api).projectWith(me, "test-vite-app", "Bike Parts");
        String repository = TestGitServer.createEmpty("journey-" + System.nanoTime());

        BrowserContext browser = CHROMIUM.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(375, 800)
                        .setLocale("en-US"));
        browser.setDefaultTimeout(30_000);
        Page page = browser.newPage();
        page.onPageError(error -> problems.add("uncaught: " + error));
        page.onResponse(response -> {
            if (response.url().contains("/api/") && response.status() >= 500) {
                problems.add(response.status() + " " + response.url());
            }
        });
        SignIn.asUser(page, port, me);
        page.navigate("http://localhost:" + port + "/projects/" + project);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Ship"))
                .click();

        // The version was installed and built in the sandbox after it was generated.
        Locator build = region(page, "Build of version 1");
        assertThat(build.getByText("Builds ✓")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(240_000));
        assertThat(build.getByText("npm run build", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();

        // Push to any Git host, with a token pasted for this push.
        Locator push = region(page, "Push to Git");
        push.getByLabel("Another Git host", new Locator.GetByLabelOptions().setExact(false))
                .check();
        push.getByLabel("Repository URL (https)").fill(repository);
        push.getByLabel("Token (optional)").fill(TestGitServer.WRITE_TOKEN);
        push.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Push version 1"))
                .click();
        assertThat(push.getByText(Pattern.compile("Pushed to main \\(commit [0-9a-f]{7,}\\)")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        String repositoryName = repository.replaceAll(".*/git/(.*)\\.git$", "$1");
        Assertions.assertThat(TestGitServer.log(repositoryName, "main")).hasSize(1);

        // Deploy to Netlify with the operator's token, and follow it until its URL is there.
        Locator deploy = region(page, "Deploy version 1");
        deploy.getByLabel("Netlify").check();
        deploy.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deploy to Netlify"))
                .click();
        Locator live = deploy.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("netlify\\.app")));
        assertThat(live).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(live).hasAttribute("href", Pattern.compile("^https://[a-z0-9-]+\\.netlify\\.app"));

        // Publish on this server, then open the site as a visitor.
        Locator publish = region(page, "Publish on this server");
        publish.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish version 1"))
                .click();
        Locator address =
                publish.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("bike-parts")));
        assertThat(address).isVisible();
        assertThat(publish.getByText("Live: version 1")).isVisible();
        String site = address.getAttribute("href");
        Assertions.assertThat(site).matches("/sites/p-[0-9a-f]{32}/bike-parts/");

        Page visitor = browser.newPage();
        visitor.onPageError(error -> problems.add("site: " + error));
        visitor.navigate("http://localhost:" + port + site);
        visitor.waitForLoadState(LoadState.LOAD);
        assertThat(visitor).hasTitle("Bike Parts");
        assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello")))
                .isVisible();

        Assertions.assertThat(problems)
                .as("page errors and failed API requests")
                .isEmpty();
        browser.close();
    }

    private static Locator region(Page page, String name) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name));
    }
}
