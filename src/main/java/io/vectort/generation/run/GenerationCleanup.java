package io.vectort.generation.run;

import io.vectort.events.EventLog;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.ProjectDeletionListener;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** When a project is deleted: stop its running generation and drop its generations' event logs. */
@Component
class GenerationCleanup implements ProjectDeletionListener {

    private final GenerationRepository generations;
    private final EventLog events;
    private final RunningGenerations running;

    GenerationCleanup(GenerationRepository generations, EventLog events, RunningGenerations running) {
        this.generations = generations;
        this.events = events;
        this.running = running;
    }

    @Override
    public void beforeDelete(Project project) {
        List<UUID> ids = generations.idsByProject(project.id());
        events.deleteStreams(ids);
        // Only once the deletion commits: a refused deletion (an organisation's whose subscription
        // Stripe would not cancel) must leave its running generations running.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                ids.forEach(running::cancelLocally);
            }
        });
    }
}
