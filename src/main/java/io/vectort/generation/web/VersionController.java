package io.vectort.generation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionFile;
import io.vectort.generation.version.VersionInfo;
import io.vectort.generation.version.VersionNumbers;
import io.vectort.generation.version.VersionRestorer;
import io.vectort.generation.version.VersionStore;
import io.vectort.generation.version.ZipExport;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.NotFoundException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Versions of a project: list, file tree, one file, ZIP download. {@code latest} names the newest. */
@Tag(name = "Builder")
@RestController
class VersionController {

    private final Projects projects;
    private final VersionStore versions;
    private final VersionRestorer restorer;
    private final ExportAudit audit;

    VersionController(Projects projects, VersionStore versions, VersionRestorer restorer, ExportAudit audit) {
        this.audit = audit;
        this.projects = projects;
        this.versions = versions;
        this.restorer = restorer;
    }

    @Operation(summary = "The versions of a project, newest first")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/projects/{id}/versions")
    List<VersionView> list(Membership member, @PathVariable UUID id) {
        projects.get(member.orgId(), id);
        return versions.list(id).stream().map(VersionView::from).toList();
    }

    @Operation(summary = "The files of a version as a flat list and as a tree; with a path, one file's content")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/projects/{id}/versions/{version}/files/{*path}")
    ResponseEntity<?> files(
            Membership member,
            @PathVariable UUID id,
            @PathVariable String version,
            @PathVariable String path,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false, defaultValue = "*/*") String accept) {
        Located located = locate(member, id, version);
        String filePath = path.startsWith("/") ? path.substring(1) : path;
        if (filePath.isEmpty()) {
            List<VersionFile> files = versions.files(id, located.version().number());
            return ResponseEntity.ok(new FileTree(located.version().number(), files, FileTreeNode.build(files)));
        }
        String content = versions.content(id, located.version().number(), filePath)
                .orElseThrow(() -> new NotFoundException("File"));
        if (accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            return ResponseEntity.ok(
                    new FileContent(filePath, content.getBytes(StandardCharsets.UTF_8).length, content));
        }
        // Generated code is never rendered from the API's origin: plain text, no sniffing.
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    @Operation(summary = "Restore a version: its files become a new version; nothing is deleted")
    @OrgAccess(Role.MEMBER)
    @PostMapping("/api/v1/projects/{id}/versions/{version}/restore")
    ResponseEntity<VersionView> restore(Membership member, @PathVariable UUID id, @PathVariable String version) {
        Located located = locate(member, id, version);
        VersionInfo restored =
                restorer.restore(member.orgId(), id, located.version().number());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/versions/" + restored.number()))
                .body(VersionView.from(restored));
    }

    @Operation(summary = "Download a version as a ZIP")
    @OrgAccess(Role.MEMBER)
    @GetMapping(value = "/api/v1/projects/{id}/versions/{version}/archive.zip", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> archive(
            Membership member, @PathVariable UUID id, @PathVariable String version) {
        Located located = locate(member, id, version);
        int number = located.version().number();
        Map<String, String> files = versions.contents(id, number);
        audit.exported(member, id, number, "zip");
        String folder = slug(located.project().name()) + "-v" + number;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(folder + ".zip")
                                .build()
                                .toString())
                .body(out -> ZipExport.write(folder, files, located.version().createdAt(), out));
    }

    private Located locate(Membership member, UUID projectId, String version) {
        Project project = projects.get(member.orgId(), projectId);
        int number = VersionNumbers.of(project, version);
        VersionInfo info = versions.get(projectId, number).orElseThrow(() -> new NotFoundException("Version"));
        return new Located(project, info);
    }

    static String slug(String name) {
        return ZipExport.slug(name);
    }

    private record Located(Project project, VersionInfo version) {}

    record VersionView(
            int number,
            @Nullable UUID generationId,
            @Nullable Integer parentNumber,
            String summary,
            int fileCount,
            long totalBytes,
            Instant createdAt) {
        static VersionView from(VersionInfo v) {
            return new VersionView(
                    v.number(),
                    v.generationId().orElse(null),
                    v.parentNumber().orElse(null),
                    v.summary(),
                    v.fileCount(),
                    v.totalBytes(),
                    v.createdAt());
        }
    }

    record FileTree(int version, List<VersionFile> files, List<FileTreeNode> tree) {}

    record FileContent(String path, int size, String content) {}
}
