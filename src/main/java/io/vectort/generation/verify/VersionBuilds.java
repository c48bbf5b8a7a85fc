package io.vectort.generation.verify;

import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.generation.run.VersionGenerated;
import io.vectort.generation.version.VersionStore;
import io.vectort.identity.organization.Membership;
import io.vectort.jobs.JobQueue;
import io.vectort.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks of versions: scheduled with every generated version, run again on request, read by
 * the owner's organisation. A project of another organisation is not found.
 */
@Service
public class VersionBuilds {

    static final String NOTHING_TO_BUILD =
            "Nothing to build: the project has no build or test script (a page served as it is).";

    private final VersionBuildStore store;
    private final Projects projects;
    private final VersionStore versions;
    private final JobQueue jobs;
    private final BuildProperties properties;

    VersionBuilds(
            VersionBuildStore store,
            Projects projects,
            VersionStore versions,
            JobQueue jobs,
            BuildProperties properties) {
        this.store = store;
        this.projects = projects;
        this.versions = versions;
        this.jobs = jobs;
        this.properties = properties;
    }

    /** In the transaction that commits the version: its check exists exactly when the version does. */
    @EventListener
    void onVersionGenerated(VersionGenerated event) {
        if (properties.verify()) {
            schedule(event.generation().orgId(), event.generation().projectId(), event.version(), event.files());
        }
    }

    /** Checks a version (again); a check already waiting or running is left to finish. */
    @Transactional
    public VersionBuild check(Membership member, UUID projectId, int version) {
        Project project = projects.lock(member.orgId(), projectId);
        versions.get(project.id(), version).orElseThrow(() -> new NotFoundException("Version"));
        Optional<VersionBuild> current = store.find(projectId, version).map(VersionBuildStore.StoredBuild::build);
        if (current.isEmpty() || current.get().finished()) {
            schedule(member.orgId(), projectId, version, versions.contents(projectId, version));
        }
        return get(member, projectId, version);
    }

    public VersionBuild get(Membership member, UUID projectId, int version) {
        projects.get(member.orgId(), projectId);
        versions.get(projectId, version).orElseThrow(() -> new NotFoundException("Version"));
        return store.find(projectId, version)
                .map(VersionBuildStore.StoredBuild::build)
                .orElseGet(() -> notChecked(version));
    }

    /** The checks of the project's versions, newest first, without their logs. */
    public List<VersionBuild> list(Membership member, UUID projectId, int limit) {
        projects.get(member.orgId(), projectId);
        return store.list(projectId, Math.clamp(limit, 1, 500)).stream()
                .map(stored -> withoutLog(stored.build()))
                .toList();
    }

    private void schedule(UUID orgId, UUID projectId, int version, Map<String, String> files) {
        String hash = ContentHash.of(files);
        BuildPlan plan = BuildPlan.of(files);
        if (plan.nothingToCheck()) {
            store.skip(orgId, projectId, version, hash, NOTHING_TO_BUILD);
            return;
        }
        store.queue(orgId, projectId, version, hash, plan.problem().isPresent() ? "npm install" : plan.commandLine());
        jobs.enqueue(VersionBuildJob.NAME, VersionBuildJob.jobId(projectId, version));
    }

    private VersionBuild notChecked(int version) {
        return new VersionBuild(
                version,
                "not-checked",
                "",
                Optional.of(
                        properties.verify()
                                ? "This version was made before its build was checked, or by a restore."
                                : "Build checks after generations are turned off on this server."),
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty());
    }

    private static VersionBuild withoutLog(VersionBuild build) {
        return new VersionBuild(
                build.version(),
                build.status(),
                build.command(),
                build.reason(),
                "",
                build.durationMs(),
                build.startedAt(),
                build.finishedAt(),
                build.fixRound(),
                build.fix());
    }
}
