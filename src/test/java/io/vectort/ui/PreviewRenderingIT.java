package io.vectort.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A generated app in the web app's Preview tab, in a real Chromium: for each framework the offline
 * starter writes, the app is styled by its own stylesheet, its script renders it, and none of the
 * frame's requests fails. The preview is sandboxed (the iframe's {@code sandbox} and the document's
 * CSP): it runs in an opaque origin, so to the browser every file it loads is a cross-origin request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewRenderingIT extends IntegrationTest {

    /**
     * The app BrowserJourneyIT previews too: Vite builds are keyed by the files' content, so the
     * React build is made once for both tests.
     */
    private static final String DESCRIPTION = "A todo app with due dates";

    private static final String SANDBOX = "allow-scripts allow-forms allow-modals allow-popups";
    /** The starter's {@code body { background: var(--bg) }} in the light theme; browsers default to transparent. */
    private static final String STARTER_BACKGROUND = "rgb(246, 247, 251)";
    /** The first Vite build installs packages from the registry. */
    private static final double BUILD_TIMEOUT_MS = 240_000;

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private Playwright playwright;
    private Browser browser;
    private Api.Session user;
    private final Map<String, String> projects = new HashMap<>();

    private BrowserContext context;
    private Page page;
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    void generateTheAppsAndStartTheirBuilds() throws IOException {
        assumeTrue(Chromium.installed(), Chromium.MISSING);
        Files.createDirectories(SCREENSHOTS);
        Api client = new Api(port);
        Generations generations = new Generations(client);
        user = client.newUser();
        for (String framework : List.of("html", "react", "vue")) {
            projects.put(
                    framework, generate(generations, framework, Generations.request(DESCRIPTION, framework, "todo")));
        }
        projects.put(
                "assets", generate(generations, "assets", Generations.request("Every kind of file", "test-assets")));
        // Asking for a preview starts the Vite builds: they run while the static previews are checked.
        for (String project : projects.values()) {
            Api.Response preview = client.post(previewPath(project), user.token(), null);
            Assertions.assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        }
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openTheAppSignedIn() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setColorScheme(ColorScheme.LIGHT)
                .setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        // Each context resumes its own session, as a returning visitor does (the HttpOnly refresh
        // cookie, and the app's note that it signed in): a refresh token is good for one use only.
        // Init scripts run in every frame, and the sandboxed preview has no localStorage.
        context.addCookies(List.of(new Cookie("vectort_refresh", freshRefreshToken())
                .setDomain("localhost")
                .setPath("/api/v1/auth")
                .setHttpOnly(true)
                .setSameSite(SameSiteAttribute.STRICT)));
        // A published site is a top-level document with no localStorage either.
        context.addInitScript(
                "if (window === window.top && !location.pathname.startsWith('/sites/')) localStorage.setItem('vectort.session', '1')");
        page = context.newPage();
        failures.clear();
        page.onRequestFailed(request -> {
            if (fromPreview(request)) {
                failures.add(request.method() + " " + request.url() + ": " + request.failure());
            }
        });
        page.onResponse(response -> {
            if (fromPreview(response.request()) && response.status() >= 400) {
                failures.add(response.request().method() + " " + response.url() + ": " + response.status());
            }
        });
        // Refused loads that never become requests (a CSP violation) are only reported on the console.
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && underPreview(message.location())) {
                failures.add("console: " + message.text() + " at " + message.location());
            }
        });
        page.onPageError(error -> failures.add("uncaught: " + error));
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aPlainHtmlAppIsStyledAndItsScriptRendersTheList() {
        FrameLocator app = openPreview("html", 30_000);
        assertStarterAppRendered(app, "html");
    }

    @Test
    void aReactAppBuiltByViteIsStyledAndRendersTheList() {
        assumeTrue(Generations.npmAvailable(), "npm is not installed: Vite previews cannot be built here");
        FrameLocator app = openPreview("react", BUILD_TIMEOUT_MS);
        assertStarterAppRendered(app, "react");
    }

    @Test
    void aVueAppBuiltByViteIsStyledAndRendersTheList() {
        assumeTrue(Generations.npmAvailable(), "npm is not installed: Vite previews cannot be built here");
        FrameLocator app = openPreview("vue", BUILD_TIMEOUT_MS);
        assertStarterAppRendered(app, "vue");
    }

    @Test
    void imagesModulesAndFetchedJsonLoadInTheSandbox() {
        FrameLocator app = openPreview("assets", 30_000);
        assertThat(app.locator("body")).hasCSS("background-color", "rgb(10, 20, 30)");
        assertThat(app.locator("#classic")).hasText("Classic script ran");
        assertThat(app.locator("#module")).hasText("Module script ran");
        assertThat(app.locator("#data")).hasText("JSON fetched");
        Assertions.assertThat(app.locator("#logo").evaluate("img => img.complete && img.naturalWidth"))
                .as("the decoded width of an <img> of the preview (0 when it was refused)")
                .isEqualTo(48);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("preview-assets.png")));
        Assertions.assertThat(failures)
                .as("failed requests and errors of the preview")
                .isEmpty();
    }

    @Test
    void aPublishedSiteOpensInItsOwnTabStyledWorkingAndSandboxed() {
        Api.Response published =
                api.post("/api/v1/projects/" + projects.get("assets") + "/versions/latest/publish", user.token(), null);
        Assertions.assertThat(published.status()).as(published.body()).isEqualTo(200);
        String url = published.json().get("url").asString();

        page.navigate("http://localhost:" + port + url);
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("body")).hasCSS("background-color", "rgb(10, 20, 30)");
        assertThat(page.locator("#classic")).hasText("Classic script ran");
        assertThat(page.locator("#module")).hasText("Module script ran");
        assertThat(page.locator("#data")).hasText("JSON fetched");
        Assertions.assertThat(page.locator("#logo").evaluate("img => img.complete && img.naturalWidth"))
                .as("the decoded width of an <img> of the site (0 when it was refused)")
                .isEqualTo(48);
        // Served on the app's own host, the site still runs in an opaque origin: the app's storage
        // (where a signed-in visitor's session lives) is out of its reach.
        Assertions.assertThat(page.evaluate("() => self.origin")).isEqualTo("null");
        Assertions.assertThat(
                        page.evaluate(
                                "() => { try { return localStorage.length >= 0 ? 'readable' : '?'; } catch (e) { return 'refused'; } }"))
                .isEqualTo("refused");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("site-assets.png")));
        Assertions.assertThat(failures)
                .as("failed requests and errors of the published site")
                .isEmpty();
    }

    /** Opens the project in the web app, then its Preview tab, and waits until the preview has loaded. */
    private FrameLocator openPreview(String name, double readyTimeoutMs) {
        page.navigate("http://localhost:" + port + "/projects/" + projects.get(name));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        Locator frame = page.getByTestId("preview-frame");
        assertThat(frame).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(readyTimeoutMs));
        assertThat(frame).hasAttribute("sandbox", SANDBOX);
        Frame document = frame.elementHandle().contentFrame();
        document.waitForLoadState(LoadState.LOAD);
        // Every stylesheet, classic script and image of the page has loaded or failed by now: say
        // which failed before the checks below time out on an unstyled page.
        Assertions.assertThat(failures)
                .as("failed requests and errors of the %s preview", name)
                .isEmpty();
        return page.frameLocator("[data-testid=preview-frame]");
    }

    private void assertStarterAppRendered(FrameLocator app, String name) {
        // Only the app's script creates the list's rows: the seeded items.
        assertThat(app.locator("li.todo-item").first()).isVisible();
        Assertions.assertThat(app.locator("li.todo-item").count())
                .as("seeded items rendered by the %s app's script", name)
                .isGreaterThan(1);
        assertThat(app.locator("body")).hasCSS("background-color", STARTER_BACKGROUND);
        assertThat(app.locator(".card").first()).hasCSS("border-radius", "12px");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("preview-" + name + ".png")));
        Assertions.assertThat(failures)
                .as("failed requests and errors of the %s preview", name)
                .isEmpty();
    }

    private String generate(Generations generations, String name, Map<String, Object> request) {
        String project = generations.createProject(user, "Preview of " + name);
        String id = generations.submit(user, project, request).get("id").asString();
        Assertions.assertThat(generations.awaitFinished(user, id).get("status").asString())
                .isEqualTo("succeeded");
        return project;
    }

    private String freshRefreshToken() {
        Api.Response login =
                api.post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", user.password()));
        Assertions.assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json().get("refreshToken").asString();
    }

    private static String previewPath(String project) {
        return "/api/v1/projects/" + project + "/versions/latest/preview";
    }

    /** A request to a preview or site URL, or any request such a document makes. */
    private static boolean fromPreview(Request request) {
        if (underPreview(request.url())) {
            return true;
        }
        try {
            return underPreview(request.frame().url());
        } catch (PlaywrightException e) {
            return false; // a service worker's request has no frame, and no preview has a worker
        }
    }

    private static boolean underPreview(String url) {
        try {
            String path = URI.create(url).getPath(); // none for about:blank and data: URLs
            return path != null && (path.startsWith("/preview/") || path.startsWith("/sites/"));
        } catch (IllegalArgumentException e) {
            return false; // not a URL at all
        }
    }
}
