package io.vectort.generation.version;

import io.vectort.generation.project.Project;
import io.vectort.generation.project.ProjectDeletionListener;
import org.springframework.stereotype.Component;

/** When a project is deleted, its exported archives go too, once the deletion has committed. */
@Component
class ProjectArchiveCleanup implements ProjectDeletionListener {

    private final PendingBlobDeletions deletions;

    ProjectArchiveCleanup(PendingBlobDeletions deletions) {
        this.deletions = deletions;
    }

    @Override
    public void beforeDelete(Project project) {
        deletions.deleteAfterCommit(ArchiveKeys.project(project.orgId(), project.id()));
    }
}
