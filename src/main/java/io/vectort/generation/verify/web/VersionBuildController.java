package io.vectort.generation.verify.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.generation.project.Projects;
import io.vectort.generation.verify.VersionBuild;
import io.vectort.generation.verify.VersionBuilds;
import io.vectort.generation.version.VersionNumbers;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Builds", description = "Verified builds: each version installed and built in a sandbox")
class VersionBuildController {

    private final VersionBuilds builds;
    private final Projects projects;

    VersionBuildController(VersionBuilds builds, Projects projects) {
        this.builds = builds;
        this.projects = projects;
    }

    @Operation(summary = "The checks of a project's versions, newest first (without logs)")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/projects/{id}/builds")
    List<BuildView> list(Membership member, @PathVariable UUID id, @RequestParam(defaultValue = "100") int limit) {
        return builds.list(member, id, limit).stream().map(BuildView::from).toList();
    }

    @Operation(summary = "The check of one version, with the end of its log")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/projects/{id}/versions/{version}/build")
    BuildView get(Membership member, @PathVariable UUID id, @PathVariable String version) {
        return BuildView.from(builds.get(member, id, number(member, id, version)));
    }

    @Operation(summary = "Check a version again; answers 202 at once, read the check for its outcome")
    @OrgAccess(Role.MEMBER)
    @PostMapping("/api/v1/projects/{id}/versions/{version}/build")
    ResponseEntity<BuildView> check(Membership member, @PathVariable UUID id, @PathVariable String version) {
        return ResponseEntity.accepted().body(BuildView.from(builds.check(member, id, number(member, id, version))));
    }

    private int number(Membership member, UUID projectId, String version) {
        return VersionNumbers.of(projects.get(member.orgId(), projectId), version);
    }

    record Fix(UUID generationId, int round) {}

    record BuildView(
            int version,
            String status,
            String command,
            @Nullable Long durationMs,
            @Nullable Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String reason,
            int fixRound,
            @Nullable Fix fix,
            String log) {

        static BuildView from(VersionBuild build) {
            return new BuildView(
                    build.version(),
                    build.status(),
                    build.command(),
                    build.durationMs().orElse(null),
                    build.startedAt().orElse(null),
                    build.finishedAt().orElse(null),
                    build.reason().orElse(null),
                    build.fixRound(),
                    build.fix().map(f -> new Fix(f.generationId(), f.round())).orElse(null),
                    build.log());
        }
    }
}
