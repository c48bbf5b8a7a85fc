package io.vectort.generation.push;

import io.vectort.events.EventLog;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.ProjectDeletionListener;
import org.springframework.stereotype.Component;

/** A deleted project's pushes go with their rows (cascade); their event streams are deleted here. */
@Component
class PushCleanup implements ProjectDeletionListener {

    private final PushStore store;
    private final EventLog events;

    PushCleanup(PushStore store, EventLog events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public void beforeDelete(Project project) {
        events.deleteStreams(store.idsByProject(project.id()));
    }
}
