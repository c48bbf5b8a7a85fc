package io.vectort.generation.preview;

import io.vectort.generation.version.VersionStore;
import io.vectort.jobs.JobQueue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Prepares previews and resolves the files a preview URL serves. */
@Service
public class Previews {

    private final VersionStore versions;
    private final PreviewBuilds builds;
    private final PreviewTokens tokens;
    private final NodeToolchain node;
    private final JobQueue jobs;
    private final PreviewProperties properties;

    Previews(
            VersionStore versions,
            PreviewBuilds builds,
            PreviewTokens tokens,
            NodeToolchain node,
            JobQueue jobs,
            PreviewProperties properties) {
        this.versions = versions;
        this.builds = builds;
        this.tokens = tokens;
        this.node = node;
        this.jobs = jobs;
        this.properties = properties;
    }

    /**
     * The preview of a version the caller owns (ownership is checked by the caller). Vite projects
     * are built once per distinct file set; {@code rebuild} retries a failed build.
     */
    public PreviewStatus prepare(UUID projectId, int version, boolean rebuild) {
        Map<String, String> files = versions.contents(projectId, version);
        PreviewPlan plan = PreviewPlan.of(files);
        if (plan.kind().equals("none")) {
            return PreviewStatus.unavailable(plan.reason());
        }
        return prepare(new PreviewTarget(projectId, version, plan.kind(), PreviewBuilds.contentHash(files)), rebuild);
    }

    /**
     * The same for a {@code static} or {@code vite} target already worked out ({@link #target}), so
     * the version's files are not read again.
     */
    public PreviewStatus prepare(PreviewTarget target, boolean rebuild) {
        return switch (target.kind()) {
            case "static" -> PreviewStatus.ready(url(target));
            case "vite" -> prepareBuild(target.projectId(), target.version(), target.contentHash(), rebuild);
            default -> throw new IllegalArgumentException("nothing to prepare for a target of kind " + target.kind());
        };
    }

    /**
     * The files to publish for a version on a static host (ownership is checked by the caller).
     * A project that builds is built first, exactly as for its preview and sharing that build.
     */
    public SiteOutput site(UUID projectId, int version) {
        Map<String, String> files = versions.contents(projectId, version);
        PreviewPlan plan = PreviewPlan.of(files);
        switch (plan.kind()) {
            case "static" -> {
                SortedMap<String, byte[]> bytes = new TreeMap<>();
                files.forEach((path, content) -> bytes.put(path, content.getBytes(StandardCharsets.UTF_8)));
                return SiteOutput.ready(bytes, false);
            }
            case "vite" -> {
                String hash = PreviewBuilds.contentHash(files);
                PreviewStatus status = prepare(new PreviewTarget(projectId, version, "vite", hash), false);
                return switch (status.status()) {
                    case "ready" -> SiteOutput.ready(builds.distFiles(hash), true);
                    case "building" -> SiteOutput.of(SiteOutput.State.BUILDING, true, "");
                    case "failed" ->
                        SiteOutput.of(
                                SiteOutput.State.FAILED, true, status.reason().orElse(""));
                    default ->
                        SiteOutput.of(
                                SiteOutput.State.UNAVAILABLE,
                                true,
                                status.reason().orElse(""));
                };
            }
            default -> {
                return SiteOutput.of(SiteOutput.State.UNAVAILABLE, false, plan.reason());
            }
        }
    }

    /** Why a version has nothing a static host could publish, if it has not (no page at all). */
    public Optional<String> unpublishable(UUID projectId, int version) {
        PreviewPlan plan = PreviewPlan.of(versions.contents(projectId, version));
        return plan.kind().equals("none") ? Optional.of(plan.reason()) : Optional.empty();
    }

    /** Whether a version is a project that builds (its site is its {@code dist/} after {@code npm run build}). */
    public boolean builds(UUID projectId, int version) {
        return PreviewPlan.of(versions.contents(projectId, version)).kind().equals("vite");
    }

    private PreviewStatus prepareBuild(UUID projectId, int version, String hash, boolean rebuild) {
        if (!properties.builds()) {
            return PreviewStatus.unavailable(
                    "Previews of Vite projects are turned off on this server (vectort.preview.builds=false).");
        }
        if (!node.available()) {
            return PreviewStatus.unavailable(
                    "Node.js and npm are not installed on the server, so Vite projects cannot be built for a preview."
                            + " Download the ZIP and run npm install && npm run dev.");
        }
        switch (builds.state(hash)) {
            case READY -> {
                builds.ensurePublished(hash);
                return PreviewStatus.ready(url(new PreviewTarget(projectId, version, "vite", hash)));
            }
            case FAILED -> {
                if (!rebuild) {
                    return PreviewStatus.failed(builds.failureLog(hash));
                }
                builds.forgetFailure(hash);
            }
            case ABSENT -> {}
        }
        jobs.enqueue(PreviewBuildJob.NAME, PreviewBuildJob.jobId(projectId, version));
        return PreviewStatus.building();
    }

    /**
     * What a version serves, to keep with a published site: its kind ({@code static}, {@code vite}
     * or, with nothing to show, {@code none}) and the content hash its build is kept under.
     */
    public PreviewTarget target(UUID projectId, int version) {
        Map<String, String> files = versions.contents(projectId, version);
        return new PreviewTarget(projectId, version, PreviewPlan.of(files).kind(), PreviewBuilds.contentHash(files));
    }

    /** Whether {@code target} can be served now: a static version always, a Vite one once built. */
    public boolean servable(PreviewTarget target) {
        return switch (target.kind()) {
            case "static" -> true;
            case "vite" -> {
                if (builds.state(target.contentHash()) != PreviewBuilds.State.READY) {
                    yield false;
                }
                builds.ensurePublished(target.contentHash());
                yield true;
            }
            default -> false;
        };
    }

    /** The bytes behind {@code path} of the preview named by {@code token}, if both are valid. */
    public Optional<PreviewFile> file(String token, String path) {
        return tokens.verify(token).flatMap(target -> file(target, path));
    }

    /**
     * The bytes behind {@code path} of {@code target} (see {@link #servable}). A path without an
     * extension that matches no file is a client-side route: it answers {@code index.html}.
     */
    public Optional<PreviewFile> file(PreviewTarget t, String path) {
        String wanted = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        if (t.kind().equals("vite")) {
            Optional<Path> built = builds.distFile(t.contentHash(), wanted);
            if (built.isEmpty() && !lastSegmentHasExtension(wanted)) {
                built = builds.distFile(t.contentHash(), "index.html");
            }
            return built.map(p -> PreviewFile.onDisk(p.getFileName().toString(), p));
        }
        Optional<String> content = versions.content(t.projectId(), t.version(), wanted);
        if (content.isEmpty() && !lastSegmentHasExtension(wanted)) {
            content = versions.content(t.projectId(), t.version(), "index.html");
            wanted = "index.html";
        }
        String name = wanted;
        return content.map(c -> PreviewFile.inMemory(name, c.getBytes(StandardCharsets.UTF_8)));
    }

    private String url(PreviewTarget target) {
        return "/preview/" + tokens.issue(target) + "/";
    }

    private static boolean lastSegmentHasExtension(String path) {
        return path.substring(path.lastIndexOf('/') + 1).contains(".");
    }
}
