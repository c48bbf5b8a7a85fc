package io.vectort.generation.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.generation.preview.PreviewFile;
import io.vectort.generation.preview.PreviewStatus;
import io.vectort.generation.preview.Previews;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionStore;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.NotFoundException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Preview preparation (API) and serving. Served files carry a CSP that sandboxes them even when
 * opened outside the app's iframe: generated code runs in an opaque origin and can reach neither
 * the app's storage nor other sites.
 */
@Tag(name = "Builder")
@RestController
class PreviewController {

    static final String CONTENT_SECURITY_POLICY = "sandbox allow-scripts allow-forms allow-modals allow-popups; "
            + "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'none'";

    private final Projects projects;
    private final VersionStore versions;
    private final Previews previews;

    PreviewController(Projects projects, VersionStore versions, Previews previews) {
        this.projects = projects;
        this.versions = versions;
        this.previews = previews;
    }

    @Operation(summary = "Prepare a preview of a version: ready with a URL, building, unavailable or failed")
    @OrgAccess(Role.VIEWER)
    @PostMapping("/api/v1/projects/{id}/versions/{version}/preview")
    PreviewView prepare(
            Membership member,
            @PathVariable UUID id,
            @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean rebuild) {
        Project project = projects.get(member.orgId(), id);
        int number = version.equals("latest") ? project.currentVersion() : parse(version);
        versions.get(id, number).orElseThrow(() -> new NotFoundException("Version"));
        PreviewStatus status = previews.prepare(id, number, rebuild);
        return new PreviewView(
                status.status(), status.url().orElse(null), status.reason().orElse(null));
    }

    @Hidden
    @PublicAccess
    @GetMapping("/preview/{token}/{*path}")
    ResponseEntity<Resource> serve(@PathVariable String token, @PathVariable String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        PreviewFile file = previews.file(token, relative).orElseThrow(() -> new NotFoundException("Preview file"));
        Resource body = file.path()
                .<Resource>map(FileSystemResource::new)
                .orElseGet(() -> new ByteArrayResource(file.bytes().orElseThrow()));
        return ResponseEntity.ok()
                .contentType(PreviewMediaTypes.of(file.name()))
                .cacheControl(CacheControl.noStore())
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
                // public capability URLs answered without cookies: whoever has the signed token may
                // read the files anyway, so letting other origins embed them discloses nothing more.
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("Access-Control-Allow-Origin", "*")
                .body(body);
    }

    private static int parse(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Version");
        }
    }

    record PreviewView(
            String status, @Nullable String url, @Nullable String reason) {}
}
