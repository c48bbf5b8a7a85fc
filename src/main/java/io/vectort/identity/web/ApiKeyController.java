package io.vectort.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.ApiKeys;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "API keys")
@RestController
@RequestMapping("/api/v1/keys")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @Operation(summary = "Create an API key for the OpenAI-compatible API; the key is shown only in this response")
    @OrgAccess(Role.ADMIN)
    @PostMapping
    ResponseEntity<ApiKeys.CreatedKey> create(Membership member, @RequestBody NewKey body) {
        if (body.name() == null) {
            throw new InvalidRequestException("name", "required", "must not be empty");
        }
        ApiKeys.CreatedKey created = keys.create(member.orgId(), body.name());
        return ResponseEntity.created(URI.create("/api/v1/keys/" + created.id()))
                .body(created);
    }

    @Operation(summary = "My API keys (without their secrets)")
    @OrgAccess(Role.ADMIN)
    @GetMapping
    List<KeyView> list(Membership member) {
        return keys.list(member.orgId()).stream()
                .map(k -> new KeyView(
                        k.id(),
                        k.name(),
                        k.prefix(),
                        k.createdAt(),
                        k.lastUsedAt().orElse(null)))
                .toList();
    }

    @Operation(summary = "Revoke an API key")
    @OrgAccess(Role.ADMIN)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Membership member, @PathVariable UUID id) {
        keys.revoke(member.orgId(), id);
        return ResponseEntity.noContent().build();
    }

    record NewKey(@Nullable String name) {}

    record KeyView(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            @Nullable Instant lastUsedAt) {}
}
