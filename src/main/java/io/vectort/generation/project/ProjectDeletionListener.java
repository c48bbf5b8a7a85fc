package io.vectort.generation.project;

/** Cleans up what lives outside the project's own rows (event logs, running work) before deletion. */
public interface ProjectDeletionListener {

    /** Called inside the deleting transaction, with the project row locked. */
    void beforeDelete(Project project);
}
