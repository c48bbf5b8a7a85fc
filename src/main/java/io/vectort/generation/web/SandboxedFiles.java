package io.vectort.generation.web;

import io.vectort.generation.preview.PreviewFile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * How generated code is served, by a preview or a published site: on this instance's own origin,
 * so always with a CSP that sandboxes it, even when opened outside the app's iframe. It runs in an
 * opaque origin and can reach neither the app's storage nor other sites.
 */
final class SandboxedFiles {

    static final String CONTENT_SECURITY_POLICY = "sandbox allow-scripts allow-forms allow-modals allow-popups; "
            + "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'none'";

    private SandboxedFiles() {}

    /** The answer carrying {@code file}, with its type, {@code caching} and the sandbox's headers. */
    static ResponseEntity.BodyBuilder headers(PreviewFile file, CacheControl caching) {
        return ResponseEntity.ok()
                .contentType(PreviewMediaTypes.of(file.name()))
                .cacheControl(caching)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                // The sandbox gives the page an opaque origin ("null"), so to the browser every file
                // it loads, even its own styles.css, is cross-origin. Both kinds of request must pass:
                // - no-cors ones (classic scripts, plain stylesheets, images, media) are refused under
                //   Cross-Origin-Resource-Policy same-origin or same-site
                //   (net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin): the page would render unstyled and
                //   its script would never run. Hence cross-origin.
                // - CORS ones (module scripts, crossorigin stylesheets, fonts, fetch) need
                //   Access-Control-Allow-Origin.
                // Neither weakens the sandbox, which comes from the CSP above and the app's iframe,
                // nor framing, which X-Frame-Options and frame-ancestors keep to the app. These are
                // public URLs answered without cookies: whoever has the address may read the files
                // anyway, so letting other origins embed them discloses nothing more.
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("Access-Control-Allow-Origin", "*");
    }

    static ResponseEntity<Resource> body(ResponseEntity.BodyBuilder headers, PreviewFile file) {
        Resource body = file.path()
                .<Resource>map(FileSystemResource::new)
                .orElseGet(() -> new ByteArrayResource(file.bytes().orElseThrow()));
        return headers.body(body);
    }
}
