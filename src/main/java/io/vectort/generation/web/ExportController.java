package io.vectort.generation.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.generation.version.ArchiveDownload;
import io.vectort.generation.version.ArchiveExport;
import io.vectort.generation.version.VersionArchives;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.PublicUrl;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Exports a version as a ZIP into blob storage and answers a download link: presigned on S3, or a
 * signed, expiring URL of this server on the filesystem store (that URL needs no bearer token),
 * under {@code VECTORT_PUBLIC_URL} or relative when it is not set.
 */
@Tag(name = "Builder")
@RestController
class ExportController {

    private static final Pattern FILE = Pattern.compile("v([0-9]{1,9})\\.zip");

    private final VersionArchives archives;
    private final PublicUrl publicUrl;
    private final ExportAudit audit;

    ExportController(VersionArchives archives, PublicUrl publicUrl, ExportAudit audit) {
        this.archives = archives;
        this.publicUrl = publicUrl;
        this.audit = audit;
    }

    @Operation(summary = "Export a version (default: the newest) as a ZIP and get a download link")
    @OrgAccess(Role.MEMBER)
    @PostMapping("/api/v1/projects/{id}/export/zip")
    ExportView export(
            Membership member, @PathVariable UUID id, @RequestBody(required = false) @Nullable ExportRequest body) {
        Optional<Integer> version = body == null ? Optional.empty() : Optional.ofNullable(body.version());
        ArchiveExport export = archives.export(member.orgId(), id, version);
        audit.exported(member, id, export.version(), "link");
        // A link of this server comes from VECTORT_PUBLIC_URL (or stays relative), never from Host.
        URI url = export.downloadUrl().isAbsolute()
                ? export.downloadUrl()
                : publicUrl.link(export.downloadUrl().toString());
        return new ExportView(url, export.expiresAt(), export.version(), export.sizeBytes());
    }

    @Operation(summary = "Download an exported ZIP through a signed link (filesystem storage)")
    @PublicAccess
    @GetMapping(value = "/api/v1/projects/{id}/exports/{file}", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> download(
            @PathVariable UUID id, @PathVariable String file, @RequestParam(defaultValue = "") String token) {
        Matcher matcher = FILE.matcher(file);
        if (!matcher.matches()) {
            throw new NotFoundException("Export");
        }
        ArchiveDownload download = archives.open(id, Integer.parseInt(matcher.group(1)), token)
                .orElseThrow(() -> new NotFoundException("Export"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(download.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.fileName())
                                .build()
                                .toString())
                .body(out -> {
                    try (InputStream in = download.content()) {
                        in.transferTo(out);
                    }
                });
    }

    record ExportRequest(@Nullable Integer version) {}

    record ExportView(
            @JsonProperty("download_url") URI downloadUrl,
            @JsonProperty("expires_at") Instant expiresAt,
            int version,
            @JsonProperty("size_bytes") long sizeBytes) {}
}
