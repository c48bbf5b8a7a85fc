package io.vectort.web;

/**
 * The headers that keep injected markup from doing harm in the web app (its HTML, scripts, styles
 * and the API's answers). Previews carry their own, sandboxing policy (PreviewController).
 */
final class SecurityHeaders {

    /**
     * Scripts only from our own files (the theme bootstrap is {@code /theme.js}, not inline), so an
     * injected {@code <script>} or event handler never runs. {@code style-src-attr 'unsafe-inline'}:
     * the code viewer's highlighting (Shiki) colours tokens with style attributes; attributes cannot
     * run code, and {@code <style>} elements stay forbidden. {@code frame-src 'self'}: previews are
     * same-origin {@code /preview/…} pages in a sandboxed iframe. Nobody may frame the app itself.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Swagger UI ({@code /api/swagger-ui/…}) injects {@code <style>} elements as it renders, so its
     * pages allow inline styles; scripts stay our own files, as in the app.
     */
    static final String API_DOCS_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    static final String API_DOCS_PAGES = "/api/swagger-ui/**";

    /** Powerful features the app never uses: a script injected into it cannot ask for them either. */
    static final String PERMISSIONS_POLICY = String.join(
            ", ",
            "accelerometer=()",
            "camera=()",
            "geolocation=()",
            "gyroscope=()",
            "magnetometer=()",
            "microphone=()",
            "payment=()",
            "usb=()");

    private SecurityHeaders() {}
}
