package io.vectort.generation.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.generation.hosting.Site;
import io.vectort.generation.hosting.Sites;
import io.vectort.generation.preview.PreviewFile;
import io.vectort.generation.preview.PreviewTarget;
import io.vectort.generation.preview.Previews;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionNumbers;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Built-in hosting: publishing a version (API) and serving published sites at
 * {@code /sites/{organisation}/{site}/}, sandboxed as previews are ({@link SandboxedFiles}).
 */
@Tag(name = "Builder")
@RestController
class SiteController {

    /** Seconds a visitor's browser waits before asking again for a site still being built. */
    private static final String BUILDING_RETRY_SECONDS = "10";

    private final Projects projects;
    private final Sites sites;
    private final Previews previews;
    private final PublicUrl publicUrl;

    SiteController(Projects projects, Sites sites, Previews previews, PublicUrl publicUrl) {
        this.projects = projects;
        this.sites = sites;
        this.previews = previews;
        this.publicUrl = publicUrl;
    }

    @Operation(
            summary =
                    "Publish a version on this instance at /sites/{organisation}/{site}/ (replaces the published one)")
    @OrgAccess(Role.MEMBER)
    @PostMapping("/api/v1/projects/{id}/versions/{version}/publish")
    SiteView publish(
            Membership member,
            @PathVariable UUID id,
            @PathVariable String version,
            @RequestBody(required = false) @Nullable PublishRequest request) {
        int number = VersionNumbers.of(projects.get(member.orgId(), id), version);
        Optional<String> slug = Optional.ofNullable(request).map(PublishRequest::slug);
        return view(sites.publish(member, id, number, slug));
    }

    @Operation(summary = "The project's published site; 404 when it is not published")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/projects/{id}/site")
    SiteView site(Membership member, @PathVariable UUID id) {
        return view(sites.find(member, id).orElseThrow(() -> new NotFoundException("Site")));
    }

    @Operation(summary = "Take the project's site down")
    @OrgAccess(Role.MEMBER)
    @DeleteMapping("/api/v1/projects/{id}/site")
    ResponseEntity<Void> unpublish(Membership member, @PathVariable UUID id) {
        sites.unpublish(member, id);
        return ResponseEntity.noContent().build();
    }

    /** Relative links inside the site resolve against its folder, so its address ends with a slash. */
    @Hidden
    @PublicAccess
    @GetMapping("/sites/{organization}/{site}")
    ResponseEntity<Void> folder(@PathVariable String organization, @PathVariable String site) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                // Encoded: the segments are the visitor's and may hold anything a URL path can.
                .location(UriComponentsBuilder.fromPath("/sites/{organization}/{site}/")
                        .buildAndExpand(organization, site)
                        .encode()
                        .toUri())
                .build();
    }

    @Hidden
    @PublicAccess
    @GetMapping("/sites/{organization}/{site}/{*path}")
    ResponseEntity<?> serve(
            @PathVariable String organization,
            @PathVariable String site,
            @PathVariable String path,
            HttpServletRequest request) {
        PreviewTarget target = sites.served(organization, site).orElseThrow(() -> new NotFoundException("Site"));
        if (!previews.servable(target)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, BUILDING_RETRY_SECONDS)
                    .cacheControl(CacheControl.noStore())
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("This site is being built. It will be here in a moment.");
        }
        String relative = path.startsWith("/") ? path.substring(1) : path;
        PreviewFile file = previews.file(target, relative).orElseThrow(() -> new NotFoundException("Site file"));
        // A published version never changes; a new one has another content hash. Browsers revalidate.
        String etag = "\"" + target.contentHash() + "\"";
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(CacheControl.noCache())
                    .build();
        }
        return SandboxedFiles.body(
                SandboxedFiles.headers(file, CacheControl.noCache()).eTag(etag), file);
    }

    private SiteView view(Site site) {
        return new SiteView(
                publicUrl.link(site.path()).toString(),
                site.slug(),
                site.version(),
                site.ready() ? "ready" : "building",
                site.publishedAt());
    }

    record PublishRequest(@Nullable String slug) {}

    record SiteView(String url, String slug, int version, String status, Instant publishedAt) {}
}
