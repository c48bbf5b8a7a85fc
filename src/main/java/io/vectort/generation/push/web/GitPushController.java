package io.vectort.generation.push.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.events.SseRelay;
import io.vectort.events.StoredEvent;
import io.vectort.generation.project.Projects;
import io.vectort.generation.push.Push;
import io.vectort.generation.push.Pushes;
import io.vectort.generation.push.StartPush;
import io.vectort.generation.version.VersionNumbers;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
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

/** Push a version to GitHub or any Git remote; follow it; read the history. */
@Tag(name = "Builder")
@RestController
class GitPushController {

    private static final Pattern TERMINAL = Pattern.compile("\"status\"\\s*:\\s*\"(pushed|failed)\"");

    private final Pushes pushes;
    private final Projects projects;
    private final SseRelay relay;

    GitPushController(Pushes pushes, Projects projects, SseRelay relay) {
        this.pushes = pushes;
        this.projects = projects;
        this.relay = relay;
    }

    @Operation(summary = "Push a version ({version}: a number or latest) to a Git remote; answers 202 at once")
    @OrgAccess(Role.MEMBER)
    @PostMapping("/api/v1/projects/{id}/versions/{version}/push")
    ResponseEntity<Accepted> push(
            Membership member,
            @PathVariable UUID id,
            @PathVariable String version,
            @RequestBody(required = false) @Nullable PushRequest body) {
        if (body == null) {
            throw new InvalidRequestException("remoteUrl", "one-target", "give either remoteUrl or githubRepository");
        }
        int number = VersionNumbers.of(projects.get(member.orgId(), id), version);
        Push push = pushes.start(member, id, number, body.toCommand());
        String location = "/api/v1/projects/" + id + "/pushes/" + push.id();
        return ResponseEntity.accepted()
                .location(URI.create(location))
                .body(new Accepted(push.id(), push.id(), push.status().wire(), location + "/events"));
    }

    @Operation(summary = "The pushes of a project, newest first")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/projects/{id}/pushes")
    List<PushView> list(Membership member, @PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidRequestException("limit", "out-of-range", "must be between 1 and 200");
        }
        return pushes.list(member.orgId(), id, limit).stream()
                .map(PushView::from)
                .toList();
    }

    @Operation(summary = "One push")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/projects/{id}/pushes/{pushId}")
    PushView get(Membership member, @PathVariable UUID id, @PathVariable UUID pushId) {
        return PushView.from(pushes.get(member.orgId(), id, pushId));
    }

    @Operation(summary = "A push's progress as Server-Sent Events; resume with Last-Event-ID")
    @OrgAccess(Role.VIEWER)
    @GetMapping(value = "/api/v1/projects/{id}/pushes/{pushId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(
            Membership member,
            @PathVariable UUID id,
            @PathVariable UUID pushId,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            @RequestParam(name = "lastEventId", required = false) @Nullable String lastEventIdParam) {
        pushes.get(member.orgId(), id, pushId);
        String resumeFrom = lastEventId != null ? lastEventId : lastEventIdParam;
        return relay.stream(
                pushId, resumeFrom == null ? 0 : SseRelay.parseLastEventId(resumeFrom), GitPushController::isFinal);
    }

    private static boolean isFinal(StoredEvent event) {
        return event.type().equals("status")
                && TERMINAL.matcher(event.dataJson()).find();
    }

    record PushRequest(
            @Nullable String remoteUrl,
            @Nullable String githubRepository,
            @Nullable String branch,
            @Nullable String token,
            @Nullable CreateRepository createRepository,
            @Nullable Boolean pullRequest) {

        StartPush toCommand() {
            return new StartPush(
                    blankToEmpty(remoteUrl),
                    blankToEmpty(githubRepository),
                    blankToEmpty(branch),
                    blankToEmpty(token),
                    Optional.ofNullable(createRepository).map(CreateRepository::toCommand),
                    Boolean.TRUE.equals(pullRequest));
        }
    }

    /** {@code private} is a Java keyword: the JSON field maps onto {@code isPrivate}. */
    record CreateRepository(
            @Nullable String name,
            @JsonProperty("private") @Nullable Boolean isPrivate,
            @Nullable String owner) {

        StartPush.NewRepository toCommand() {
            return new StartPush.NewRepository(
                    name == null ? "" : name.strip(), !Boolean.FALSE.equals(isPrivate), blankToEmpty(owner));
        }
    }

    private static Optional<String> blankToEmpty(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    record Accepted(UUID id, UUID jobId, String status, String eventsUrl) {}

    record PushView(
            UUID id,
            int version,
            @Nullable String remoteUrl,
            @Nullable String githubRepository,
            @Nullable String branch,
            boolean pullRequest,
            String status,
            @Nullable String pushedBranch,
            @Nullable String commitSha,
            @Nullable String pullRequestUrl,
            @Nullable String errorCode,
            @Nullable String error,
            Instant createdAt,
            @Nullable Instant finishedAt) {
        static PushView from(Push p) {
            return new PushView(
                    p.id(),
                    p.version(),
                    p.remoteUrl().orElse(null),
                    p.githubRepository().orElse(null),
                    p.branch().orElse(null),
                    p.pullRequest(),
                    p.status().wire(),
                    p.pushedBranch().orElse(null),
                    p.commitSha().orElse(null),
                    p.pullRequestUrl().orElse(null),
                    p.errorCode().orElse(null),
                    p.errorMessage().orElse(null),
                    p.createdAt(),
                    p.finishedAt().orElse(null));
        }
    }
}
