package io.vectort.generation.version;

import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.shared.ConflictException;
import io.vectort.shared.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Undo without loss: restoring a version copies it into a new version; nothing is deleted. */
@Service
public class VersionRestorer {

    private final Projects projects;
    private final VersionStore versions;
    private final JdbcClient jdbc;

    VersionRestorer(Projects projects, VersionStore versions, JdbcClient jdbc) {
        this.projects = projects;
        this.versions = versions;
        this.jdbc = jdbc;
    }

    @Transactional
    public VersionInfo restore(UUID orgId, UUID projectId, int number) {
        Project project = projects.lock(orgId, projectId);
        VersionInfo source = versions.get(projectId, number).orElseThrow(() -> new NotFoundException("Version"));
        boolean generating =
                jdbc.sql("""
                        select exists (select 1 from generations
                                       where project_id = :project and status in ('queued', 'running'))""").param("project", projectId).query(Boolean.class).single();
        if (generating) {
            throw new ConflictException(
                    "generation-in-progress", "A generation is running for this project; wait for it or cancel it");
        }
        int next = project.currentVersion() + 1;
        VersionInfo restored = versions.create(
                projectId,
                next,
                Optional.empty(),
                Optional.of(source.number()),
                "Restored version " + source.number(),
                versions.contents(projectId, source.number()));
        projects.setCurrentVersion(projectId, next);
        return restored;
    }
}
