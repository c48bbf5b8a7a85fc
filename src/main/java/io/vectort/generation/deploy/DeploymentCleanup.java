package io.vectort.generation.deploy;

import io.vectort.events.EventLog;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.ProjectDeletionListener;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Deletes the status history of a project's deployments with the project (the rows go by cascade).
 * What is live on the hosts stays there: it belongs to the user's account on that host.
 */
@Component
class DeploymentCleanup implements ProjectDeletionListener {

    private final DeploymentRepository deployments;
    private final EventLog events;

    DeploymentCleanup(DeploymentRepository deployments, EventLog events) {
        this.deployments = deployments;
        this.events = events;
    }

    @Override
    public void beforeDelete(Project project) {
        List<UUID> ids = deployments.idsOfProject(project.id());
        if (!ids.isEmpty()) {
            events.deleteStreams(ids);
        }
    }
}
