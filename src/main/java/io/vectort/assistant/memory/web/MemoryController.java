package io.vectort.assistant.memory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.memory.AssistantMemory;
import io.vectort.assistant.memory.Memory;
import io.vectort.assistant.memory.MemorySource;
import io.vectort.assistant.memory.Remember;
import io.vectort.assistant.memory.web.MemoryViews.EditRequest;
import io.vectort.assistant.memory.web.MemoryViews.ExportView;
import io.vectort.assistant.memory.web.MemoryViews.ForgetRequest;
import io.vectort.assistant.memory.web.MemoryViews.ForgottenView;
import io.vectort.assistant.memory.web.MemoryViews.MemoryPage;
import io.vectort.assistant.memory.web.MemoryViews.MemoryView;
import io.vectort.assistant.memory.web.MemoryViews.RememberRequest;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** What the Assistant remembers about the signed-in user: only theirs, all of it visible and editable. */
@Tag(name = "Assistant")
@RestController
@RequestMapping("/api/v1/assistant/memories")
class MemoryController {

    private final AssistantMemory memory;

    MemoryController(AssistantMemory memory) {
        this.memory = memory;
    }

    @Operation(
            summary = "My memories, newest first; with q, a search: the best matches by words and meaning,"
                    + " current and unexpired only")
    @UserAccess
    @GetMapping
    MemoryPage list(
            AuthenticatedUser user,
            @Parameter(description = "search text (1-500 characters)") @RequestParam(required = false) @Nullable
                    String q,
            @Parameter(description = "most search results (1-50)") @RequestParam(defaultValue = "10") int limit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (q != null) {
            List<MemoryView> found = MemoryView.all(memory.search(user.id(), q, limit));
            return new MemoryPage(found, 0, limit, found.size());
        }
        AssistantMemory.Page result = memory.list(user.id(), page, size);
        return new MemoryPage(MemoryView.all(result.items()), result.page(), result.size(), result.totalItems());
    }

    @Operation(summary = "Remember a fact; supersedes names an older memory it replaces (kept as history)")
    @UserAccess
    @PostMapping
    ResponseEntity<MemoryView> remember(AuthenticatedUser user, @RequestBody RememberRequest body) {
        if (body.fact() == null) {
            throw new InvalidRequestException("fact", "required", "must not be empty");
        }
        Remember request = new Remember(
                body.fact(),
                MemorySource.EXPLICIT,
                Optional.empty(),
                Optional.ofNullable(body.expiresAt()),
                Optional.ofNullable(body.supersedes()));
        MemoryView created = MemoryView.from(memory.remember(user.id(), request));
        return ResponseEntity.created(URI.create("/api/v1/assistant/memories/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Forget: delete the memories about something, with the versions they replaced")
    @UserAccess
    @PostMapping("/forget")
    ForgottenView forget(AuthenticatedUser user, @RequestBody ForgetRequest body) {
        if (body.about() == null) {
            throw new InvalidRequestException("about", "required", "must not be empty");
        }
        return new ForgottenView(MemoryView.all(memory.forget(user.id(), body.about())));
    }

    @Operation(summary = "Download every memory of mine as JSON, superseded and expired ones included")
    @UserAccess
    @GetMapping("/export")
    ResponseEntity<ExportView> export(AuthenticatedUser user) {
        List<Memory> all = memory.export(user.id());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("vectort-memories.json")
                                .build()
                                .toString())
                .body(new ExportView(Instant.now(), MemoryView.all(all)));
    }

    @Operation(summary = "One memory")
    @UserAccess
    @GetMapping("/{id}")
    MemoryView get(AuthenticatedUser user, @PathVariable UUID id) {
        return MemoryView.from(memory.get(user.id(), id));
    }

    @Operation(summary = "Correct a memory's text or move its expiry")
    @UserAccess
    @PatchMapping("/{id}")
    MemoryView edit(AuthenticatedUser user, @PathVariable UUID id, @RequestBody EditRequest body) {
        return MemoryView.from(
                memory.edit(user.id(), id, Optional.ofNullable(body.fact()), Optional.ofNullable(body.expiresAt())));
    }

    @Operation(summary = "Delete a memory, with the older versions it replaced")
    @UserAccess
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(AuthenticatedUser user, @PathVariable UUID id) {
        memory.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }
}
