package io.vectort.generation.preview;

import io.vectort.generation.version.VersionStore;
import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The durable job that builds a Vite preview. Job id: {@code <projectId>:<version>}. One build runs
 * at a time per node: builds are CPU-heavy and interactive generations must stay fast.
 */
@Component
class PreviewBuildJob implements JobHandler {

    static final String NAME = "preview-build";
    private static final Logger log = LoggerFactory.getLogger(PreviewBuildJob.class);

    private final VersionStore versions;
    private final PreviewBuilds builds;
    private final PreviewProperties properties;
    private final Semaphore oneAtATime = new Semaphore(1);

    PreviewBuildJob(VersionStore versions, PreviewBuilds builds, PreviewProperties properties) {
        this.versions = versions;
        this.builds = builds;
        this.properties = properties;
    }

    static String jobId(UUID projectId, int version) {
        return projectId + ":" + version;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) throws Exception {
        UUID projectId = UUID.fromString(jobId.substring(0, jobId.indexOf(':')));
        int version = Integer.parseInt(jobId.substring(jobId.indexOf(':') + 1));
        Map<String, String> files = versions.contents(projectId, version);
        if (files.isEmpty()) {
            return; // the project was deleted meanwhile
        }
        String hash = PreviewBuilds.contentHash(files);
        oneAtATime.acquire();
        try {
            if (builds.state(hash) != PreviewBuilds.State.ABSENT) {
                return;
            }
            build(hash, files);
        } finally {
            oneAtATime.release();
        }
    }

    private void build(String hash, Map<String, String> files) throws IOException, InterruptedException {
        Path folder = builds.folder(hash);
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory(builds.root(), hash.substring(0, 12) + "-work-");
        long started = System.nanoTime();
        try {
            new ViteBuild(
                            properties.npm(),
                            properties.buildTimeout(),
                            builds.root().resolve(".npm-cache"))
                    .run(files, PreviewPlan.of(files).vitePlugins(), work);
            Files.move(work.resolve("dist-preview"), folder.resolve("dist"), StandardCopyOption.ATOMIC_MOVE);
            builds.publish(hash);
            log.info("Preview {} built in {} ms", hash.substring(0, 12), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            log.info(
                    "Preview {} failed to build: {}",
                    hash.substring(0, 12),
                    e.getMessage().lines().findFirst().orElse(""));
            Files.writeString(folder.resolve("failed.log"), e.getMessage(), StandardCharsets.UTF_8);
            builds.publishFailure(hash, String.valueOf(e.getMessage()));
        } finally {
            deleteRecursively(work);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
