package io.vectort.generation.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.generation.preview.PreviewFile;
import io.vectort.generation.preview.PreviewStatus;
import io.vectort.generation.preview.Previews;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionNumbers;
import io.vectort.generation.version.VersionStore;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.NotFoundException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Preview preparation (API) and serving, sandboxed ({@link SandboxedFiles}). */
@Tag(name = "Builder")
@RestController
class PreviewController {

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
        int number = VersionNumbers.of(project, version);
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
        return SandboxedFiles.body(SandboxedFiles.headers(file, CacheControl.noStore()), file);
    }

    record PreviewView(
            String status, @Nullable String url, @Nullable String reason) {}
}
