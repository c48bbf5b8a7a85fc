package io.vectort.generation.connections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.generation.connections.Connection;
import io.vectort.generation.connections.ConnectionKind;
import io.vectort.generation.connections.Connections;
import io.vectort.generation.github.GitHubApi;
import io.vectort.generation.github.GitHubRepository;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Connections of an organisation, under {@code /api/v1/orgs/{org}} like its other settings. Any
 * member sees which services are connected (to know where a push can go); owners and admins
 * connect and revoke.
 */
@Tag(name = "Organizations")
@RestController
@RequestMapping("/api/v1/orgs/{org}/connections")
class ConnectionController {

    private final Connections connections;
    private final GitHubApi github;

    ConnectionController(Connections connections, GitHubApi github) {
        this.connections = connections;
        this.github = github;
    }

    @Operation(summary = "The organisation's connections (GitHub, Git, hosts); tokens are never returned")
    @OrgAccess(Role.VIEWER)
    @GetMapping
    List<ConnectionView> list(Membership member, @PathVariable String org) {
        return connections.list(member.orgId()).stream()
                .map(ConnectionView::from)
                .toList();
    }

    @Operation(summary = "Connect a service with a token (GitHub tokens are checked with GitHub first)")
    @OrgAccess(Role.ADMIN)
    @PutMapping("/{kind}")
    ConnectionView connect(
            Membership member,
            @PathVariable String org,
            @PathVariable String kind,
            @RequestBody(required = false) @Nullable TokenRequest body) {
        if (body == null || body.token() == null || body.token().isBlank()) {
            throw new InvalidRequestException("token", "required", "is required");
        }
        return ConnectionView.from(connections.save(member, kind(kind), body.token()));
    }

    @Operation(summary = "Revoke a connection: its token is deleted")
    @OrgAccess(Role.ADMIN)
    @DeleteMapping("/{kind}")
    ResponseEntity<Void> revoke(Membership member, @PathVariable String org, @PathVariable String kind) {
        connections.delete(member, kind(kind));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The GitHub repositories the connected token can push to, for a picker")
    @OrgAccess(Role.MEMBER)
    @GetMapping("/github/repositories")
    List<RepositoryView> repositories(Membership member, @PathVariable String org) {
        String token = connections
                .token(member.orgId(), ConnectionKind.GITHUB)
                .orElseThrow(() -> new DomainException(
                        ErrorCategory.CONFLICT,
                        "not-connected",
                        "GitHub is not connected to this organisation: an owner or admin can connect it in the"
                                + " organisation's settings"));
        return github.repositories(token).stream().map(RepositoryView::from).toList();
    }

    private static ConnectionKind kind(String kind) {
        return ConnectionKind.parse(kind).orElseThrow(() -> new NotFoundException("Connection kind"));
    }

    record TokenRequest(@Nullable String token) {}

    record ConnectionView(
            String kind,
            String tokenHint,
            @Nullable String account,
            List<String> scopes,
            @Nullable UUID createdBy,
            Instant createdAt) {
        static ConnectionView from(Connection c) {
            return new ConnectionView(
                    c.kind().wireName(),
                    c.tokenHint(),
                    c.account().orElse(null),
                    c.scopes(),
                    c.createdBy().orElse(null),
                    c.createdAt());
        }
    }

    record RepositoryView(String fullName, boolean isPrivate, String defaultBranch, String htmlUrl) {
        static RepositoryView from(GitHubRepository r) {
            return new RepositoryView(r.fullName(), r.isPrivate(), r.defaultBranch(), r.htmlUrl());
        }
    }
}
