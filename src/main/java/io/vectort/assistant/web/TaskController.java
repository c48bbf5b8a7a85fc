package io.vectort.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.assistant.settings.DateTimeInput;
import io.vectort.assistant.tasks.AssistantTasks;
import io.vectort.assistant.tasks.TaskChanges;
import io.vectort.assistant.tasks.TaskDue;
import io.vectort.assistant.web.TaskViews.CreateTask;
import io.vectort.assistant.web.TaskViews.TaskList;
import io.vectort.assistant.web.TaskViews.TaskView;
import io.vectort.assistant.web.TaskViews.UpdateTask;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant")
@RestController
@RequestMapping("/api/v1/assistant/tasks")
class TaskController {

    private final AssistantTasks tasks;
    private final AssistantSettingsStore settings;

    TaskController(AssistantTasks tasks, AssistantSettingsStore settings) {
        this.tasks = tasks;
        this.settings = settings;
    }

    @Operation(summary = "My tasks: open ones in list order, then (with includeDone) finished ones")
    @UserAccess
    @GetMapping
    TaskList list(AuthenticatedUser user, @RequestParam(defaultValue = "false") boolean includeDone) {
        return new TaskList(
                tasks.list(user.id(), includeDone).stream().map(TaskView::from).toList());
    }

    @Operation(summary = "Add a task at the end of my list")
    @UserAccess
    @PostMapping
    ResponseEntity<TaskView> create(AuthenticatedUser user, @RequestBody CreateTask body) {
        if (body.title() == null) {
            throw new InvalidRequestException("title", "required", "must not be empty");
        }
        TaskDue due = body.due() == null || body.due().isEmpty() ? TaskDue.NONE : due(user, body.due());
        TaskView created = TaskView.from(tasks.add(
                user.id(), body.title(), Optional.ofNullable(body.notes()).orElse(""), due));
        return ResponseEntity.created(URI.create("/api/v1/assistant/tasks/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Change a task's title, notes or due date, or mark it done or not done")
    @UserAccess
    @PatchMapping("/{id}")
    TaskView update(AuthenticatedUser user, @PathVariable UUID id, @RequestBody UpdateTask body) {
        Optional<TaskDue> due =
                Optional.ofNullable(body.due()).map(text -> text.isEmpty() ? TaskDue.NONE : due(user, text));
        TaskChanges changes = new TaskChanges(
                Optional.ofNullable(body.title()),
                Optional.ofNullable(body.notes()),
                due,
                Optional.ofNullable(body.done()));
        return TaskView.from(tasks.update(user.id(), id, changes));
    }

    @Operation(summary = "Delete a task")
    @UserAccess
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(AuthenticatedUser user, @PathVariable UUID id) {
        tasks.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    private TaskDue due(AuthenticatedUser user, String text) {
        if (DateTimeInput.isDate(text)) {
            return TaskDue.on(DateTimeInput.date("due", text));
        }
        return TaskDue.at(
                DateTimeInput.instant("due", text, settings.get(user.id()).timeZone()));
    }
}
