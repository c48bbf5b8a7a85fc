package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web app's pages, assets and API answers carry the headers that contain injected markup. */
class SecurityHeadersIT extends IntegrationTest {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    @Test
    void appPagesAssetsAndApiAnswersCarryTheSecurityHeaders() {
        for (String path : List.of("/", "/projects/42", "/favicon.svg", "/theme.js", "/api/v1/catalog", "/nowhere")) {
            Api.Response response = api.send("GET", path, null, null, "Accept", "text/html,*/*");
            String csp = response.header("Content-Security-Policy").orElseThrow(() -> new AssertionError(path));
            assertThat(directive(csp, "script-src")).as(path).isEqualTo("script-src 'self'");
            assertThat(directive(csp, "default-src")).isEqualTo("default-src 'self'");
            assertThat(directive(csp, "frame-src")).as("previews are framed").isEqualTo("frame-src 'self'");
            assertThat(directive(csp, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
            assertThat(directive(csp, "object-src")).isEqualTo("object-src 'none'");
            assertThat(csp).doesNotContain("unsafe-eval");
            assertThat(response.header("X-Frame-Options")).hasValue("DENY");
            assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.header("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.header("Permissions-Policy"))
                    .hasValueSatisfying(policy ->
                            assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()"));
        }
    }

    @Test
    void swaggerUiMayUseInlineStylesButNoInlineScript() {
        Api.Response docs = api.get("/api/swagger-ui/index.html", null);
        assertThat(docs.status()).isEqualTo(200);
        String csp = docs.header("Content-Security-Policy").orElseThrow();
        assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'");
        assertThat(directive(csp, "style-src")).isEqualTo("style-src 'self' 'unsafe-inline'");
        assertThat(directive(
                        api.get("/", null).header("Content-Security-Policy").orElseThrow(), "style-src"))
                .isEqualTo("style-src 'self'");
    }

    @Test
    void previewsKeepTheirOwnPolicy() {
        Api.Response preview = api.get("/preview/not-a-token/index.html", null);
        assertThat(preview.status()).isEqualTo(404);
        assertThat(preview.header("Content-Security-Policy")).isEmpty();
        assertThat(preview.header("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(preview.header("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theAppsHtmlHasNoInlineScript() throws IOException {
        // The source page: whatever Vite adds is a <script src>, which the test below sees when built.
        assertEveryScriptHasASource(Files.readString(Path.of("web/index.html")));
        Api.Response index = api.get("/", null);
        if (index.status() == 200) {
            assertEveryScriptHasASource(index.body());
        }
    }

    private static void assertEveryScriptHasASource(String html) {
        Matcher tags = SCRIPT_TAG.matcher(html);
        int count = 0;
        while (tags.find()) {
            count++;
            assertThat(tags.group()).as("inline scripts are refused by the CSP").contains(" src=");
        }
        assertThat(count).isPositive();
    }

    private static String directive(String policy, String name) {
        return List.of(policy.split(";")).stream()
                .map(String::strip)
                .filter(d -> d.startsWith(name + " "))
                .findFirst()
                .orElse("");
    }
}
