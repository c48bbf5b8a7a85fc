package io.vectort.assistant.planning;

import java.util.UUID;

/**
 * A task chosen for a plan, and why: {@code overdue}, {@code due_today} or {@code undated}.
 */
public record PlanTask(UUID id, String title, String reason) {

    static final String OVERDUE = "overdue";
    static final String DUE_TODAY = "due_today";
    static final String UNDATED = "undated";
}
