package io.vectort.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for a test class: {@code @RegisterExtension static final SharedChromium CHROMIUM =
 * new SharedChromium();}. The class is skipped (not failed) where Debian's Chromium is missing, and
 * the browser is closed after its last test.
 */
final class SharedChromium implements BeforeAllCallback, AfterAllCallback {

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Chromium.installed(), Chromium.MISSING);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    Browser browser() {
        return browser;
    }
}
