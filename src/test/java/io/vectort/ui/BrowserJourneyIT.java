package io.vectort.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.vectort.support.Api;
import io.vectort.support.FakeStripe;
import io.vectort.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web app as a person uses it, in a real Chromium against the real server: account, project,
 * a generation watched live, a follow-up, a diff, a restore, a ZIP and the preview. Screenshots of
 * the key screens (light and dark, desktop and 375 px wide) go to {@code target/screenshots/}.
 *
 * <p>The tests share the suite's application context (the starter streams without pauses there), so
 * the browser's network is throttled while the first app is generated: its events then arrive in
 * pieces, as they do from a real model, and the files must show up one by one.
 */
class BrowserJourneyIT extends IntegrationTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final int DESKTOP_WIDTH = 1280;
    private static final int PHONE_WIDTH = 375;
    private static final int HEIGHT = 800;
    private static final String CHECKOUT = "https://checkout.stripe.com/";

    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());
    /** Refusals by the app's Content-Security-Policy or Permissions-Policy (a preview's own are its business). */
    private final List<String> policyViolations = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void launchBrowser() throws IOException {
        assumeTrue(Chromium.installed(), Chromium.MISSING);
        Files.createDirectories(SCREENSHOTS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext("en-US");
        page = context.newPage();
        page.onPageError(pageErrors::add);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        Assertions.assertThat(policyViolations)
                .as("the app runs under its security headers without a refusal")
                .isEmpty();
    }

    @Test
    void buildsAnAppLiveThenComparesRestoresDownloadsAndPreviewsIt() throws IOException {
        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(".*/signin$"));
        capture("01-sign-in");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account"))
                .click();
        page.getByLabel("Email").fill("journey-" + System.nanoTime() + "@example.com");
        page.getByLabel("Password").fill("correct horse battery");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        page.waitForURL(Pattern.compile(".*/projects$"));
        assertThat(page.getByText("No projects yet")).isVisible();
        capture("02-projects-empty");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New project"))
                .first()
                .click();
        page.getByLabel("Name").fill("Todo journey");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create project"))
                .click();
        page.waitForURL(Pattern.compile(".*/projects/[0-9a-f-]+$"));
        assertThat(page.getByText("Start with a prompt")).isVisible();

        // First turn: a React todo app, its files streaming in one by one. Framework and type stay on
        // Auto: the description decides them, and the turn says so.
        assertThat(page.getByLabel("Framework")).hasValue("auto");
        assertThat(page.getByLabel("Type")).hasValue("auto");
        Locator prompt = page.getByLabel("What should we build?");
        prompt.fill("A React todo app with due dates");
        capture("03-workspace-empty");
        recordLiveFileCounts();
        CDPSession network = throttleNetwork();
        prompt.press("Control+Enter");
        // Live files are on screen only while the generation runs, which on a busy machine can be
        // shorter than an assertion's polling: the mutation record below proves they were shown.
        page.waitForFunction("() => window.__liveFileCounts.length > 0");
        page.screenshot(screenshot("04-generating-desktop-light"));
        waitForSucceededTurns(1);
        unthrottle(network);
        List<?> counts = (List<?>) page.evaluate("() => window.__liveFileCounts");
        // The unpaced starter of the tests finishes in milliseconds and its events are written in
        // batches, so the stream may reach the page in one or two pieces and React renders them
        // together: the live list is proven shown and growing-only here, not one file at a time
        // (that needs a paced generator; the starter is paced outside tests).
        Assertions.assertThat(counts)
                .as("numbers of files shown while generating")
                .isNotEmpty()
                .isSortedAccordingTo((a, b) -> Integer.compare(((Number) a).intValue(), ((Number) b).intValue()));
        assertThat(page.getByTestId("generator-label").first()).hasText("Offline starter (not AI)");
        assertThat(page.getByTestId("turn-summary").first()).not().isEmpty();
        assertThat(page.getByTestId("framework-reason")).hasText("React + Vite — from your words: React todo app");
        assertThat(page.getByTestId("type-reason")).hasText("Todo list — from your words: todo");

        // Follow-up: it builds on version 1 and makes version 2.
        Locator followUp = page.getByLabel("What should change?");
        followUp.fill("Add a dark mode and make the accent green");
        followUp.press("Control+Enter");
        waitForSucceededTurns(2);
        assertThat(page.getByTestId("framework-reason")).hasText("React + Vite — kept from the project");
        assertThat(page.getByTestId("type-reason")).hasText("Todo list — kept from the project");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open version 2")))
                .isVisible();
        capture("05-conversation");

        // Diff version 1 against version 2, unified then side by side.
        tab("History").click();
        page.getByLabel("From").selectOption("1");
        page.getByLabel("to", new Page.GetByLabelOptions().setExact(true)).selectOption("2");
        assertThat(page.getByTestId("diff-summary")).containsText("files changed");
        assertThat(page.locator("[data-testid=diff-table] tr[data-kind=add]").first())
                .isVisible();
        capture("06-diff-unified");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Side by side"))
                .click();
        assertThat(page.getByTestId("diff-table")).isVisible();
        capture("07-diff-side-by-side");

        // Restore version 1: a new version 3, nothing deleted.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore version 1"))
                .click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("version 3");
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore"))
                .click();
        assertThat(page.locator("[data-testid=version-row][data-version='3']")).containsText("Current");
        assertThat(page.getByTestId("version-row")).hasCount(3);
        assertThat(page.getByText("Version 1 was restored as version 3.")).isVisible();
        capture("08-history-restored");

        // Download version 1 as a ZIP.
        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download version 1 as a ZIP file"))
                .click());
        Assertions.assertThat(download.suggestedFilename()).endsWith("-v1.zip");
        Path zip = Files.createTempFile("journey", ".zip");
        download.saveAs(zip);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Assertions.assertThat(archive.stream().map(ZipEntry::getName))
                    .anyMatch(name -> name.endsWith("/src/App.jsx"));
        } finally {
            Files.deleteIfExists(zip);
        }

        // The code of the current version, highlighted.
        tab("Code").click();
        assertThat(page.getByTestId("viewer-path")).hasText("src/App.jsx");
        assertThat(page.locator("[data-testid=code] .shiki")).isVisible();
        capture("09-code");

        Assertions.assertThat(pageErrors).as("errors in the app's page").isEmpty();

        // The preview runs the app in a sandbox (the first Vite build installs packages: be patient).
        tab("Preview").click();
        Locator frame = page.getByTestId("preview-frame");
        assertThat(frame).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(240_000));
        assertThat(frame).hasAttribute("sandbox", "allow-scripts allow-forms allow-modals allow-popups");
        FrameLocator app = page.frameLocator("[data-testid=preview-frame]");
        assertThat(app.locator("h1"))
                .containsText("Tasks", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        capture("10-preview");

        page.navigate(url("/projects"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Todo journey")))
                .isVisible();
        capture("11-projects");
    }

    @Test
    void speaksFrenchToAFrenchBrowserAndAfterPickingFrench() {
        BrowserContext french = newContext("fr-FR");
        try {
            Page frenchPage = french.newPage();
            frenchPage.navigate(url("/signin"));
            assertThat(frenchPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Connexion")))
                    .isVisible();
            assertThat(frenchPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")))
                    .isVisible();
            assertThat(frenchPage.locator("html")).hasAttribute("lang", "fr");
            frenchPage.screenshot(screenshot("12-sign-in-french-desktop-light"));
        } finally {
            french.close();
        }

        page.navigate(url("/signin"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        page.getByLabel("Language").selectOption("fr");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Connexion")))
                .isVisible();
        page.reload();
        assertThat(page.getByLabel("E-mail")).isVisible();
    }

    @Test
    void theApiDocsRenderUnderTheAppsSecurityHeaders() {
        page.navigate(url("/api/docs"));
        // Swagger UI is a large bundle that renders after fetching the document: give it time.
        LocatorAssertions.IsVisibleOptions slow = new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
        assertThat(page.getByText("Vectort API").first()).isVisible(slow);
        assertThat(page.getByText("/api/v1/auth/login").first()).isVisible(slow);
    }

    @Test
    void explainsWhyAPromptIsRejected() {
        Api.Session session = api.newUser();
        String projectId = api.post("/api/v1/projects", session.token(), Map.of("name", "Rejections"))
                .json()
                .get("id")
                .asString();
        resumeSession(session);
        page.navigate(url("/projects/" + projectId));
        Locator prompt = page.getByLabel("What should we build?");
        Locator generate = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate"));

        prompt.fill("   ");
        generate.click();
        assertThat(page.getByTestId("prompt-error")).hasText("Required.");
        assertThat(prompt).hasAttribute("aria-invalid", "true");

        prompt.fill("x".repeat(5001));
        generate.click();
        assertThat(page.getByTestId("prompt-error")).hasText("Too long: at most 5000 characters (this has 5001).");
        capture("13-prompt-rejected");
        assertThat(page.locator("body")).not().containsText("[object Object]");
        assertThat(page.getByTestId("turn")).hasCount(0);
    }

    @Test
    void anExpiredSessionReturnsToSignInAndKeepsTheDraftPrompt() {
        Api.Session session = api.newUser();
        String projectId = api.post("/api/v1/projects", session.token(), Map.of("name", "Drafts"))
                .json()
                .get("id")
                .asString();
        resumeSession(session);
        page.navigate(url("/projects/" + projectId));
        page.getByLabel("What should we build?").fill("A blog about mountain huts");
        assertThat(page.getByTestId("prompt-error")).hasCount(0);

        // Someone replays the first refresh token: the server revokes the whole session.
        api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", session.refreshToken()));
        page.reload();

        page.waitForURL(Pattern.compile(".*/signin\\?next=.*"));
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("draft")))
                .isVisible();
        page.getByLabel("Email").fill(session.email());
        page.getByLabel("Password").fill(session.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .last()
                .click();
        page.waitForURL(Pattern.compile(".*/projects/" + projectId + "$"));
        assertThat(page.getByLabel("What should we build?")).hasValue("A blog about mountain huts");
    }

    @Test
    void theAccountPageShowsTheSignUpCreditsAndStartsACheckout() {
        Api.Session session = api.newUser();
        resumeSession(session);
        // The suite's fake Stripe answers with a checkout.stripe.com URL: keep the browser off the internet.
        context.route(
                CHECKOUT + "**",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("text/html")
                        .setBody("<title>Fake checkout</title><h1>Fake checkout</h1>")));
        page.navigate(url("/projects"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Account").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/account$"));

        // New accounts start with the free plan's 1,000 credits.
        assertThat(page.getByTestId("available-credits")).hasText("1,000");
        assertThat(page.getByTestId("billing-balance")).containsText("$1.00");
        assertThat(page.getByTestId("billing-usage")).containsText("No usage yet");
        // Not the ledger's rows: the sign-up grant is written lazily by the first balance read, which
        // the page sends alongside the ledger's, so a brand-new account's first ledger may be empty.
        assertThat(page.getByTestId("billing-ledger")).isVisible();
        assertThat(page.getByTestId("cache-similar-toggle")).not().isChecked();
        capture("14-account");

        Locator notSetUp = page.getByText("Payments are not set up on this server");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buy $10.00 of credits"))
                .click();
        // Without Stripe the page says so; with the suite's fake Stripe the browser goes to its checkout.
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!page.url().startsWith(CHECKOUT) && !notSetUp.isVisible() && System.nanoTime() < deadline) {
            page.waitForTimeout(200);
        }
        if (page.url().startsWith(CHECKOUT)) {
            Assertions.assertThat(FakeStripe.requestsOf(session.userId(), "/v1/checkout/sessions"))
                    .hasSize(1)
                    .allSatisfy(r -> Assertions.assertThat(r.form()).containsEntry("mode", "payment"));
            assertThat(page.locator("h1")).hasText("Fake checkout");
        } else {
            assertThat(notSetUp).isVisible();
        }
        Assertions.assertThat(pageErrors).as("errors in the app's page").isEmpty();
    }

    /** Remembers every number of live files the page showed, in order. */
    private void recordLiveFileCounts() {
        page.evaluate("""
                () => {
                  window.__liveFileCounts = [];
                  new MutationObserver(() => {
                    const n = document.querySelectorAll('[data-testid=live-file]').length;
                    const seen = window.__liveFileCounts;
                    if (n > 0 && seen[seen.length - 1] !== n) seen.push(n);
                  }).observe(document.body, { childList: true, subtree: true });
                }
                """);
    }

    /** A slow link (about 16 kB/s down), so the event stream arrives in pieces. */
    private CDPSession throttleNetwork() {
        CDPSession session = context.newCDPSession(page);
        session.send("Network.enable");
        JsonObject slow = new JsonObject();
        slow.addProperty("offline", false);
        slow.addProperty("latency", 20);
        slow.addProperty("downloadThroughput", 16_000);
        slow.addProperty("uploadThroughput", 64_000);
        session.send("Network.emulateNetworkConditions", slow);
        return session;
    }

    private static void unthrottle(CDPSession session) {
        JsonObject normal = new JsonObject();
        normal.addProperty("offline", false);
        normal.addProperty("latency", 0);
        normal.addProperty("downloadThroughput", -1);
        normal.addProperty("uploadThroughput", -1);
        session.send("Network.emulateNetworkConditions", normal);
        session.detach();
    }

    private BrowserContext newContext(String locale) {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(DESKTOP_WIDTH, HEIGHT)
                .setLocale(locale)
                .setColorScheme(ColorScheme.LIGHT)
                .setAcceptDownloads(true));
        created.setDefaultTimeout(30_000);
        created.onConsoleMessage(message -> {
            String text = message.text();
            boolean policy = text.contains("Content Security Policy") || text.contains("Permissions-Policy");
            if (policy && !message.location().contains("/preview/")) {
                policyViolations.add(message.location() + ": " + text);
            }
        });
        return created;
    }

    /**
     * Resumes a session the way a returning visitor does: the browser holds the HttpOnly refresh
     * cookie, and the app remembers that it signed in.
     */
    private void resumeSession(Api.Session session) {
        context.addCookies(List.of(new Cookie("vectort_refresh", session.refreshToken())
                .setDomain("localhost")
                .setPath("/api/v1/auth")
                .setHttpOnly(true)
                .setSameSite(SameSiteAttribute.STRICT)));
        context.addInitScript("localStorage.setItem('vectort.session', '1')");
    }

    private Locator tab(String name) {
        // Only the tab list that fits the window is in the accessibility tree.
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name));
    }

    private void waitForSucceededTurns(int count) {
        assertThat(page.locator("[data-testid=turn][data-status=succeeded]"))
                .hasCount(count, new LocatorAssertions.HasCountOptions().setTimeout(90_000));
    }

    /** The current screen in light and dark, on a desktop and on a 375 px wide phone. */
    private void capture(String name) {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            page.waitForTimeout(300); // let colour transitions finish
            String theme = scheme == ColorScheme.DARK ? "dark" : "light";
            page.setViewportSize(DESKTOP_WIDTH, HEIGHT);
            page.screenshot(screenshot(name + "-desktop-" + theme));
            page.setViewportSize(PHONE_WIDTH, HEIGHT);
            page.waitForTimeout(300); // the preview frame lays out in its own process
            page.screenshot(screenshot(name + "-phone-" + theme));
        }
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        page.setViewportSize(DESKTOP_WIDTH, HEIGHT);
    }

    private static Page.ScreenshotOptions screenshot(String name) {
        return new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
