package io.vectort.identity.oauth.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.RecentAuthentication;
import io.vectort.identity.access.UserAccess;
import io.vectort.identity.oauth.LinkedAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1/me/identities")
class IdentityController {

    private final LinkedAccounts linked;

    IdentityController(LinkedAccounts linked) {
        this.linked = linked;
    }

    @Operation(
            summary = "The providers linked to your account, whether it has a password, and the providers you can link")
    @UserAccess
    @GetMapping
    LinkedAccounts.Overview list(AuthenticatedUser user) {
        return linked.of(user);
    }

    @Operation(
            summary = "Link one more provider: answers the URL to open in the browser (one-time, 10 minutes);"
                    + " after the provider, the browser returns to /settings/security#linked=<provider>")
    @UserAccess
    @RecentAuthentication
    @PostMapping("/{provider}/link")
    LinkStart link(AuthenticatedUser user, @PathVariable String provider) {
        return new LinkStart(linked.linkStart(user, provider));
    }

    @Operation(summary = "Unlink a provider; refused (409 last-sign-in-method) when it is your only way to sign in")
    @UserAccess
    @RecentAuthentication
    @DeleteMapping("/{provider}")
    ResponseEntity<Void> unlink(AuthenticatedUser user, @PathVariable String provider) {
        linked.unlink(user, provider);
        return ResponseEntity.noContent().build();
    }

    record LinkStart(String url) {}
}
