package io.vectort.generation.version;

import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.shared.NotFoundException;
import io.vectort.storage.BlobStore;
import io.vectort.storage.DownloadLink;
import io.vectort.storage.StorageProperties;
import io.vectort.storage.StorageUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Exports versions as ZIP files into the blob store and hands out download links: presigned on
 * S3, signed Vectort URLs on the filesystem. Versions are immutable, so {@code v{n}.zip} is written
 * once and reused; {@code latest.zip} is refreshed whenever the newest version is exported.
 */
@Service
public class VersionArchives {

    static final String ZIP = "application/zip";

    private final Projects projects;
    private final VersionStore versions;
    private final BlobStore blobs;
    private final ExportTokens tokens;
    private final Duration linkTtl;
    private final Clock clock = Clock.systemUTC();

    VersionArchives(
            Projects projects, VersionStore versions, BlobStore blobs, ExportTokens tokens, StorageProperties storage) {
        this.projects = projects;
        this.versions = versions;
        this.blobs = blobs;
        this.tokens = tokens;
        this.linkTtl = storage.s3().presignTtl();
    }

    /** Exports {@code version} (the newest when empty) of the owner's project. */
    public ArchiveExport export(UUID orgId, UUID projectId, Optional<Integer> version) {
        Project project = projects.get(orgId, projectId);
        int number = version.orElse(project.currentVersion());
        if (number < 1 || versions.get(projectId, number).isEmpty()) {
            throw new NotFoundException("Version");
        }
        String key = ArchiveKeys.version(orgId, projectId, number);
        Optional<Long> existing = blobs.size(key);
        long size;
        if (existing.isPresent()) {
            size = existing.get();
            if (number == project.currentVersion()) {
                blobs.put(ArchiveKeys.latest(orgId, projectId), read(key), ZIP);
            }
        } else {
            byte[] zip = zip(project, number);
            blobs.put(key, zip, ZIP);
            if (number == project.currentVersion()) {
                blobs.put(ArchiveKeys.latest(orgId, projectId), zip, ZIP);
            }
            size = zip.length;
        }
        String fileName = ZipExport.folder(project.name(), number) + ".zip";
        Optional<DownloadLink> presigned = blobs.downloadLink(key, linkTtl, fileName);
        if (presigned.isPresent()) {
            return new ArchiveExport(
                    number, size, presigned.get().url(), presigned.get().expiresAt());
        }
        Instant expires = clock.instant().plus(linkTtl);
        String token = tokens.issue(new ExportTokens.ExportTarget(orgId, projectId, number), expires);
        URI url = URI.create("/api/v1/projects/" + projectId + "/exports/v" + number + ".zip?token=" + token);
        return new ArchiveExport(number, size, url, expires);
    }

    /**
     * Opens an export for a signed download link; empty when the token is invalid, expired, for
     * another archive, or the archive (or its project) no longer exists.
     */
    public Optional<ArchiveDownload> open(UUID projectId, int version, String token) {
        Optional<ExportTokens.ExportTarget> target = tokens.verify(token, clock.instant())
                .filter(t -> t.projectId().equals(projectId) && t.version() == version);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        UUID orgId = target.get().orgId();
        Project project;
        try {
            project = projects.get(orgId, projectId);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        String key = ArchiveKeys.version(orgId, projectId, version);
        Optional<Long> size = blobs.size(key);
        Optional<InputStream> content = size.isPresent() ? blobs.get(key) : Optional.empty();
        return content.map(
                in -> new ArchiveDownload(in, size.get(), ZipExport.folder(project.name(), version) + ".zip"));
    }

    private byte[] zip(Project project, int number) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Instant created = versions.get(project.id(), number)
                    .orElseThrow(() -> new NotFoundException("Version"))
                    .createdAt();
            ZipExport.write(
                    ZipExport.folder(project.name(), number), versions.contents(project.id(), number), created, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private byte[] read(String key) {
        try (InputStream in = blobs.get(key).orElseThrow(() -> new NotFoundException("Archive"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
    }
}
