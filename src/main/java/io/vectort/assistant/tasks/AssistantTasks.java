package io.vectort.assistant.tasks;

import io.vectort.shared.ConflictException;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One user's tasks: add, list, change, complete, delete. Every method takes the user's id and
 * sees only that user's rows; another user's task is reported as missing. The REST API and the
 * Assistant's conversation commands (AddTask, ListTasks, CompleteTask) both call it.
 */
@Service
public class AssistantTasks {

    /** Enough for any real list; a bound so that one account cannot fill the database. */
    static final int MAX_TASKS_PER_USER = 10_000;

    /** A day: an estimate beyond it is not a task but a project. */
    static final int MAX_ESTIMATE_MINUTES = 1440;

    /** Small steps: more than a handful is a new list, not a first step. */
    static final int MAX_STEPS = 8;

    private final JdbcClient jdbc;

    AssistantTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a task at the end of the list. */
    @Transactional
    public Task add(UUID userId, String title, String notes, TaskDue due) {
        String cleanTitle = TaskText.title(title);
        String cleanNotes = TaskText.notes(notes);
        long count = jdbc.sql("select count(*) from assistant_tasks where user_id = :user")
                .param("user", userId)
                .query(Long.class)
                .single();
        if (count >= MAX_TASKS_PER_USER) {
            throw new ConflictException(
                    "too-many-tasks", "at most " + MAX_TASKS_PER_USER + " tasks; delete finished ones first");
        }
        return jdbc.sql("""
                        insert into assistant_tasks (id, user_id, title, notes, due_at, due_date, position)
                        values (:id, :user, :title, :notes, :dueAt, :dueDate,
                                coalesce((select max(position) from assistant_tasks where user_id = :user), 0) + 1)
                        returning *""")
                .param("id", Ids.newId())
                .param("user", userId)
                .param("title", cleanTitle)
                .param("notes", cleanNotes)
                .param("dueAt", timestamp(due.at()))
                .param("dueDate", due.on())
                .query(AssistantTasks::map)
                .single();
    }

    /** Open tasks in list order, then (when asked) finished ones, most recently finished first. */
    public List<Task> list(UUID userId, boolean includeDone) {
        return jdbc.sql("""
                        select * from assistant_tasks where user_id = :user and (:all or done_at is null)
                        order by done_at is not null, done_at desc, position, created_at""")
                .param("user", userId)
                .param("all", includeDone)
                .query(AssistantTasks::map)
                .list();
    }

    public Task get(UUID userId, UUID taskId) {
        return jdbc.sql("select * from assistant_tasks where id = :id and user_id = :user")
                .param("id", taskId)
                .param("user", userId)
                .query(AssistantTasks::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Task"));
    }

    /** Applies the changes that are present; marking a done task done again keeps its first time. */
    public Task update(UUID userId, UUID taskId, TaskChanges changes) {
        Optional<String> title = changes.title().map(TaskText::title);
        Optional<String> notes = changes.notes().map(TaskText::notes);
        boolean changeDue = changes.due().isPresent();
        TaskDue due = changes.due().orElse(TaskDue.NONE);
        return jdbc.sql("""
                        update assistant_tasks set title = coalesce(:title, title), notes = coalesce(:notes, notes),
                               due_at = case when :changeDue then :dueAt else due_at end,
                               due_date = case when :changeDue then :dueDate else due_date end,
                               done_at = case when :done is null then done_at
                                              when :done then coalesce(done_at, now()) else null end,
                               updated_at = now()
                        where id = :id and user_id = :user returning *""")
                .param("title", title.orElse(null))
                .param("notes", notes.orElse(null))
                .param("changeDue", changeDue)
                .param("dueAt", timestamp(due.at()))
                .param("dueDate", due.on())
                .param("done", changes.done().orElse(null), java.sql.Types.BOOLEAN)
                .param("id", taskId)
                .param("user", userId)
                .query(AssistantTasks::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Task"));
    }

    public Task complete(UUID userId, UUID taskId) {
        return update(userId, taskId, TaskChanges.complete());
    }

    /** Sets how many minutes the task is expected to take (1 to 1,440). */
    public Task estimate(UUID userId, UUID taskId, int minutes) {
        if (minutes < 1 || minutes > MAX_ESTIMATE_MINUTES) {
            throw new InvalidRequestException(
                    "minutes", "out-of-range", "must be between 1 and " + MAX_ESTIMATE_MINUTES);
        }
        return jdbc.sql("""
                        update assistant_tasks set estimate_minutes = :minutes, updated_at = now()
                        where id = :id and user_id = :user returning *""")
                .param("minutes", minutes)
                .param("id", taskId)
                .param("user", userId)
                .query(AssistantTasks::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Task"));
    }

    /**
     * Breaks an open task into small steps, each a task of its own placed right after it in the
     * list (in the order given), so that the next thing to do is small enough to start. The task
     * itself stays, as the goal the steps belong to.
     */
    @Transactional
    public List<Task> split(UUID userId, UUID taskId, List<String> steps) {
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new InvalidRequestException("steps", "invalid-count", "must be 1 to " + MAX_STEPS + " steps");
        }
        List<String> titles = steps.stream().map(TaskText::title).toList();
        Task parent = get(userId, taskId);
        if (parent.done()) {
            throw new ConflictException("task-done", "the task is already done");
        }
        // Make room after the task: the user's later tasks move down by the number of steps.
        jdbc.sql("""
                        update assistant_tasks set position = position + :count
                        where user_id = :user and position > :position""")
                .param("count", titles.size())
                .param("user", userId)
                .param("position", parent.position())
                .update();
        List<Task> created = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            created.add(jdbc.sql("""
                            insert into assistant_tasks (id, user_id, title, notes, position, parent_id)
                            values (:id, :user, :title, '', :position, :parent)
                            returning *""")
                    .param("id", Ids.newId())
                    .param("user", userId)
                    .param("title", titles.get(i))
                    .param("position", parent.position() + 1 + i)
                    .param("parent", parent.id())
                    .query(AssistantTasks::map)
                    .single());
        }
        return created;
    }

    /** Counts that "what now" offered the task: past behaviour for the next choice. */
    public void markOffered(UUID userId, UUID taskId) {
        jdbc.sql("""
                        update assistant_tasks set offered_count = offered_count + 1, last_offered_at = now()
                        where id = :id and user_id = :user""").param("id", taskId).param("user", userId).update();
    }

    /**
     * An open task as a person or a model names it: its id, its number in the open list ("2"), or
     * words of its title ("dentist").
     */
    public Optional<Task> findOpen(UUID userId, String reference) {
        String ref = reference.strip().toLowerCase(Locale.ROOT);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        List<Task> open = list(userId, false);
        if (ref.matches("\\d{1,5}")) {
            int index = Integer.parseInt(ref) - 1;
            return index >= 0 && index < open.size() ? Optional.of(open.get(index)) : Optional.empty();
        }
        Optional<Task> byId =
                open.stream().filter(t -> t.id().toString().equals(ref)).findFirst();
        return byId.or(() -> open.stream()
                .filter(t -> t.title().toLowerCase(Locale.ROOT).contains(ref))
                .findFirst());
    }

    public void delete(UUID userId, UUID taskId) {
        int deleted = jdbc.sql("delete from assistant_tasks where id = :id and user_id = :user")
                .param("id", taskId)
                .param("user", userId)
                .update();
        if (deleted == 0) {
            throw new NotFoundException("Task");
        }
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Task map(ResultSet rs, int row) throws SQLException {
        Timestamp dueAt = rs.getTimestamp("due_at");
        Timestamp doneAt = rs.getTimestamp("done_at");
        return new Task(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("title"),
                rs.getString("notes"),
                dueAt == null ? null : dueAt.toInstant(),
                rs.getObject("due_date", LocalDate.class),
                doneAt == null ? null : doneAt.toInstant(),
                rs.getLong("position"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("estimate_minutes", Integer.class),
                rs.getObject("parent_id", UUID.class),
                rs.getInt("offered_count"));
    }
}
