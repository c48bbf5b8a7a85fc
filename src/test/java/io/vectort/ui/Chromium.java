package io.vectort.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** The system's Chromium driven by Playwright, which must not download browsers of its own. */
final class Chromium {

    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final String MISSING =
            "No Chromium at /usr/bin/chromium (install it with apt-get install chromium): browser tests skipped";

    private Chromium() {}

    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    static Playwright playwright() {
        // Assertions wait as long as actions (30 s), not Playwright's 5 s: the integration suites run
        // in two forks on two cores, and a lazily loaded chunk (the code highlighter) can take longer.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Headless, without the sandbox (tests run as root in containers) and without background traffic. */
    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }
}
