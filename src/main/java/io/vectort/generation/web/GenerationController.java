package io.vectort.generation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.events.SseRelay;
import io.vectort.generation.progress.GenerationEventLog;
import io.vectort.generation.run.Generation;
import io.vectort.generation.run.GenerationRequestValidator;
import io.vectort.generation.run.GenerationService;
import io.vectort.generation.web.GenerationViews.Accepted;
import io.vectort.generation.web.GenerationViews.GenerateRequest;
import io.vectort.generation.web.GenerationViews.GenerationView;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@Tag(name = "Builder")
@RestController
class GenerationController {

    private final GenerationService generations;
    private final SseRelay relay;
    private final GenerationEventLog events;
    private final GenerationRequestValidator validator;

    GenerationController(
            GenerationService generations,
            SseRelay relay,
            GenerationEventLog events,
            GenerationRequestValidator validator) {
        this.generations = generations;
        this.validator = validator;
        this.relay = relay;
        this.events = events;
    }

    @Operation(summary = "Start a generation; answers 202 at once, follow eventsUrl for progress")
    @OrgAccess(Role.MEMBER)
    @PostMapping("/api/v1/projects/{projectId}/generate")
    ResponseEntity<Accepted> generate(
            Membership member, @PathVariable UUID projectId, @RequestBody GenerateRequest body) {
        Generation generation = generations.submit(member, projectId, body.validated(validator));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/generations/" + generation.id()))
                .body(Accepted.from(generation));
    }

    @Operation(summary = "The generations of a project, newest first")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/projects/{projectId}/generations")
    List<GenerationView> list(
            Membership member, @PathVariable UUID projectId, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidRequestException("limit", "out-of-range", "must be between 1 and 500");
        }
        return generations.listForProject(member.orgId(), projectId, limit).stream()
                .map(GenerationView::from)
                .toList();
    }

    @Operation(summary = "One generation")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/generations/{id}")
    GenerationView get(Membership member, @PathVariable UUID id) {
        return GenerationView.from(generations.get(member.orgId(), id));
    }

    @Operation(summary = "Cancel a queued or running generation")
    @OrgAccess(Role.MEMBER)
    @PostMapping("/api/v1/generations/{id}/cancel")
    GenerationView cancel(Membership member, @PathVariable UUID id) {
        return GenerationView.from(generations.cancel(member.orgId(), id));
    }

    @Operation(summary = "Live progress as Server-Sent Events; resume with Last-Event-ID")
    @OrgAccess(Role.VIEWER)
    @GetMapping(value = "/api/v1/generations/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(
            Membership member,
            @PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            @RequestParam(name = "lastEventId", required = false) @Nullable String lastEventIdParam) {
        generations.get(member.orgId(), id);
        String resumeFrom = lastEventId != null ? lastEventId : lastEventIdParam;
        return relay.stream(id, resumeFrom == null ? 0 : SseRelay.parseLastEventId(resumeFrom), events::isFinal);
    }
}
