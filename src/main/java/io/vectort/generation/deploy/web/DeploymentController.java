package io.vectort.generation.deploy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.events.SseRelay;
import io.vectort.generation.deploy.DeployCommand;
import io.vectort.generation.deploy.Deployment;
import io.vectort.generation.deploy.Deployments;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import java.net.URI;
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

/** Deployments of a project's versions to Vercel, Netlify and Render. */
@Tag(name = "Deployments")
@RestController
class DeploymentController {

    private static final Pattern FINAL_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(ready|failed)\"");

    private final Deployments deployments;
    private final SseRelay relay;

    DeploymentController(Deployments deployments, SseRelay relay) {
        this.deployments = deployments;
        this.relay = relay;
    }

    @Operation(summary = "Deploy a version to a host; answers 202 at once, follow the events for progress")
    @OrgAccess(Role.MEMBER)
    @PostMapping("/api/v1/projects/{id}/versions/{version}/deployments")
    ResponseEntity<Accepted> deploy(
            Membership member, @PathVariable UUID id, @PathVariable String version, @RequestBody DeployBody body) {
        return accepted(deployments.deploy(member, id, version, body.toCommand()));
    }

    @Operation(summary = "The deployments of a project, newest first")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/projects/{id}/deployments")
    List<DeploymentView> list(Membership member, @PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return deployments.list(member, id, limit).stream()
                .map(DeploymentView::from)
                .toList();
    }

    @Operation(summary = "One deployment with its status history and the host's build log")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/api/v1/projects/{id}/deployments/{deploymentId}")
    DeploymentDetail get(Membership member, @PathVariable UUID id, @PathVariable UUID deploymentId) {
        Deployment deployment = deployments.get(member, id, deploymentId);
        List<StatusEvent> history = deployments.history(member, id, deploymentId).stream()
                .map(StatusEvent::from)
                .toList();
        return new DeploymentDetail(DeploymentView.from(deployment), history, deployment.log());
    }

    @Operation(summary = "Live status of a deployment as Server-Sent Events; resume with Last-Event-ID")
    @OrgAccess(Role.VIEWER)
    @GetMapping(
            value = "/api/v1/projects/{id}/deployments/{deploymentId}/events",
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(
            Membership member,
            @PathVariable UUID id,
            @PathVariable UUID deploymentId,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        deployments.get(member, id, deploymentId);
        return relay.stream(
                deploymentId,
                lastEventId == null ? 0 : SseRelay.parseLastEventId(lastEventId),
                event -> event.type().equals("status")
                        && FINAL_STATUS.matcher(event.dataJson()).find());
    }

    @Operation(summary = "Deploy the same version again to the same host and site")
    @OrgAccess(Role.MEMBER)
    @PostMapping("/api/v1/projects/{id}/deployments/{deploymentId}/redeploy")
    ResponseEntity<Accepted> redeploy(
            Membership member,
            @PathVariable UUID id,
            @PathVariable UUID deploymentId,
            @RequestBody(required = false) @Nullable TokenBody body) {
        return accepted(deployments.repeat(member, id, deploymentId, token(body), "redeploy"));
    }

    @Operation(summary = "Roll back: deploy again the version of an earlier deployment that went live")
    @OrgAccess(Role.MEMBER)
    @PostMapping("/api/v1/projects/{id}/deployments/{deploymentId}/rollback")
    ResponseEntity<Accepted> rollback(
            Membership member,
            @PathVariable UUID id,
            @PathVariable UUID deploymentId,
            @RequestBody(required = false) @Nullable TokenBody body) {
        return accepted(deployments.repeat(member, id, deploymentId, token(body), "rollback"));
    }

    private static Optional<String> token(@Nullable TokenBody body) {
        return body == null ? Optional.empty() : Optional.ofNullable(body.token());
    }

    private static ResponseEntity<Accepted> accepted(Deployment deployment) {
        String path = "/api/v1/projects/" + deployment.projectId() + "/deployments/" + deployment.id();
        return ResponseEntity.accepted()
                .location(URI.create(path))
                .body(new Accepted(deployment.id(), deployment.status(), deployment.version(), path + "/events"));
    }

    record DeployBody(
            @Nullable String platform,
            @Nullable String token,
            @Nullable String siteName,
            @Nullable String repository,
            @Nullable String branch) {

        DeployCommand toCommand() {
            return new DeployCommand(
                    Optional.ofNullable(platform),
                    Optional.ofNullable(token),
                    Optional.ofNullable(siteName),
                    Optional.ofNullable(repository),
                    Optional.ofNullable(branch));
        }
    }

    record TokenBody(@Nullable String token) {}

    record Accepted(UUID id, String status, int version, String eventsUrl) {}
}
