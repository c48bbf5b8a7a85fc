package io.vectort.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.Passwords;
import io.vectort.identity.Sessions;
import io.vectort.identity.SignIns;
import io.vectort.identity.UserSessions;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.Ids;
import io.vectort.shared.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** The signed-in user's sessions and password. */
@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1/me")
class AccountSecurityController {

    private final UserSessions userSessions;
    private final Sessions sessions;
    private final SignIns signIns;
    private final Passwords passwords;

    AccountSecurityController(UserSessions userSessions, Sessions sessions, SignIns signIns, Passwords passwords) {
        this.userSessions = userSessions;
        this.sessions = sessions;
        this.signIns = signIns;
        this.passwords = passwords;
    }

    @Operation(summary = "The devices signed in to your account, most recently used first")
    @UserAccess
    @GetMapping("/sessions")
    SessionList sessions(AuthenticatedUser user) {
        Optional<UUID> current = AuthenticatedUserResolver.currentSessionId();
        List<SessionItem> items = userSessions.list(user.id()).stream()
                .map(view ->
                        SessionItem.of(view, current.filter(view.id()::equals).isPresent()))
                .toList();
        return new SessionList(items);
    }

    @Operation(
            summary = "Sign out one device: its refresh token stops working at once, its access token within seconds")
    @UserAccess
    @DeleteMapping("/sessions/{id}")
    ResponseEntity<Void> revoke(AuthenticatedUser user, @PathVariable String id) {
        userSessions.revoke(user.id(), Ids.parse(id).orElseThrow(() -> new NotFoundException("Session")));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Sign out every other device; this session stays signed in")
    @UserAccess
    @DeleteMapping("/sessions")
    Map<String, Integer> revokeOthers(AuthenticatedUser user) {
        int ended = userSessions.revokeAllBut(
                user.id(), AuthenticatedUserResolver.currentSessionId().orElse(null));
        return Map.of("revoked", ended);
    }

    @Operation(
            summary = "Change (or, for an account made through a provider, set) your password. Proof of presence:"
                    + " currentPassword, or a sign-in, password or second factor in this session within 5 minutes."
                    + " Every other session ends.")
    @UserAccess
    @PutMapping("/password")
    Map<String, Integer> changePassword(AuthenticatedUser user, @Valid @RequestBody PasswordChange body) {
        UUID session = AuthenticatedUserResolver.currentSessionId()
                .orElseThrow(() -> new DomainException(
                        ErrorCategory.UNAUTHENTICATED, "session-ended", "Sign in again to change your password"));
        if (body.currentPassword() != null && !body.currentPassword().isEmpty()) {
            signIns.reauthenticate(user, session, Optional.of(body.currentPassword()), Optional.empty());
        } else if (!sessions.recentlyAuthenticated(session, user.id())) {
            throw new DomainException(
                    ErrorCategory.FORBIDDEN,
                    "reauthentication-required",
                    "Enter your current password (or confirm it's you) to change it",
                    Map.of("reauthenticateAt", "/api/v1/auth/reauthenticate"));
        }
        int ended = passwords.change(user, body.newPassword(), session);
        return Map.of("otherSessionsEnded", ended);
    }

    record PasswordChange(
            @Nullable @Size(max = 1024) String currentPassword,
            @NotNull @Size(max = 1024) String newPassword) {}

    record SessionList(List<SessionItem> sessions) {}

    /**
     * @param current whether this is the session making the request
     */
    record SessionItem(
            UUID id,
            String method,
            @Nullable String userAgent,
            @Nullable String clientAddress,
            Instant createdAt,
            Instant lastUsedAt,
            boolean secondFactor,
            boolean current) {

        static SessionItem of(UserSessions.SessionView view, boolean current) {
            return new SessionItem(
                    view.id(),
                    view.method(),
                    view.userAgent(),
                    view.clientAddress(),
                    view.createdAt(),
                    view.lastUsedAt(),
                    view.secondFactor(),
                    current);
        }
    }
}
