package io.vectort.generation.web;

import io.vectort.generation.project.Project;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the project endpoints. */
final class ProjectViews {

    private ProjectViews() {}

    record CreateProject(@Nullable String name, @Nullable String description) {}

    record UpdateProject(@Nullable String name, @Nullable String description) {}

    record ProjectView(
            UUID id, String name, String description, int currentVersion, Instant createdAt, Instant updatedAt) {
        static ProjectView from(Project p) {
            return new ProjectView(p.id(), p.name(), p.description(), p.currentVersion(), p.createdAt(), p.updatedAt());
        }
    }

    record ProjectPage(List<ProjectView> items, int page, int size, long totalItems) {}
}
