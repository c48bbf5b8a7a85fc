package io.vectort.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.ApiKeys;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.RecentAuthentication;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.identity.web.ApiKeyViews.CreatedKeyView;
import io.vectort.identity.web.ApiKeyViews.KeyChange;
import io.vectort.identity.web.ApiKeyViews.KeyView;
import io.vectort.identity.web.ApiKeyViews.NewKey;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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

    @Operation(
            summary = "Create an API key for the OpenAI-compatible API, optionally with budgets and allowed models;"
                    + " the key is shown only in this response")
    @OrgAccess(Role.ADMIN)
    @RecentAuthentication
    @PostMapping
    ResponseEntity<CreatedKeyView> create(Membership member, @RequestBody NewKey body) {
        if (body.name() == null) {
            throw new InvalidRequestException("name", "required", "must not be empty");
        }
        ApiKeys.CreatedKey created = keys.create(member, body.name(), body.limits());
        return ResponseEntity.created(URI.create("/api/v1/keys/" + created.id()))
                .body(CreatedKeyView.from(created));
    }

    @Operation(summary = "The organisation's API keys (without their secrets), their limits and spending")
    @OrgAccess(Role.ADMIN)
    @GetMapping
    List<KeyView> list(Membership member) {
        return keys.list(member.orgId()).stream().map(KeyView::from).toList();
    }

    @Operation(summary = "Change an API key's budgets or allowed models; null removes a limit")
    @OrgAccess(Role.ADMIN)
    @RecentAuthentication
    @PatchMapping("/{id}")
    KeyView update(Membership member, @PathVariable UUID id, @RequestBody KeyChange body) {
        return KeyView.from(keys.update(member, id, body.change()));
    }

    @Operation(summary = "Revoke an API key")
    @OrgAccess(Role.ADMIN)
    @RecentAuthentication
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Membership member, @PathVariable UUID id) {
        keys.revoke(member, id);
        return ResponseEntity.noContent().build();
    }
}
