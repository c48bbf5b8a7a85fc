package io.vectort.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vectort.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with an OpenID Connect provider in a real Chromium: mock-oauth2-server in the test JVM is
 * the installation's single sign-on; the person clicks its button on the sign-in page, the provider
 * approves, and they land signed in on their projects with their email in the header.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OidcJourneyIT extends IntegrationTest {

    private static final MockOAuth2Server OIDC = new MockOAuth2Server();

    @RegisterExtension
    static final SharedChromium CHROMIUM = new SharedChromium();

    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());

    static {
        OIDC.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("vectort.oauth.oidc.issuer", () -> OIDC.issuerUrl("sso").toString());
        registry.add("vectort.oauth.oidc.client-id", () -> "vectort");
        registry.add("vectort.oauth.oidc.client-secret", () -> "vectort-secret");
        registry.add("vectort.oauth.oidc.name", () -> "Acme SSO");
        registry.add("vectort.database.pool-size", () -> "8");
    }

    @AfterAll
    static void stopServers() {
        OIDC.shutdown();
    }

    @Test
    void signsInWithTheSingleSignOnProviderAndLandsOnTheProjects() {
        String email = "sso-" + UUID.randomUUID() + "@acme.test";
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                "sso",
                "employee-" + UUID.randomUUID(),
                "JWT",
                List.of("vectort"),
                Map.of("email", email, "email_verified", true, "name", "Ana Employee"),
                3600));
        try (BrowserContext context = CHROMIUM.browser().newContext()) {
            Page page = context.newPage();
            page.onPageError(pageErrors::add);
            page.navigate("http://127.0.0.1:" + port + "/signin");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue with Acme SSO"))
                    .click();

            page.waitForURL(Pattern.compile(".*/projects$"));
            assertThat(page.getByText(email)).isVisible();
            Assertions.assertThat(jdbc.sql("select method from sessions s join users u on u.id = s.user_id"
                                    + " where u.email = :email")
                            .param("email", email)
                            .query(String.class)
                            .list())
                    .containsExactly("oidc");
        }
        Assertions.assertThat(pageErrors).isEmpty();
    }
}
